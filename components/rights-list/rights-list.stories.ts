import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Rights list',
  component: 'mh-rights-list',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['audience', 'minor'] },
} satisfies Meta;

export const Professional = storyFrom(examples, 'Professional');
export const ProfessionalAdult = storyFrom(examples, 'Professional, adult');
export const ProfessionalMinor = storyFrom(examples, 'Professional, minor');
export const Person = storyFrom(examples, 'Person');
export const PersonAdult = storyFrom(examples, 'Person, adult');
export const PersonMinor = storyFrom(examples, 'Person, minor');
