import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Myths',
  component: 'mh-myths',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['display', 'reveal'] },
} satisfies Meta;

export const List = storyFrom(examples, 'List');
export const Reveal = storyFrom(examples, 'Reveal');
export const EnglishInterface = storyFrom(examples, 'English interface');
export const UnknownDisplay = storyFrom(examples, 'Unknown display');
