import type { Meta } from '@storybook/web-components-vite';
import '../components/myths/define.js';
import { examples } from '../components/myths/examples.js';
import { storyFrom } from './helpers.js';

export default {
  title: 'Widgets/Myths',
  component: 'mh-myths',
} satisfies Meta;

export const List = storyFrom(examples, 'List');
export const Reveal = storyFrom(examples, 'Reveal');
export const EnglishInterface = storyFrom(examples, 'English interface');
export const UnknownDisplay = storyFrom(examples, 'Unknown display');
