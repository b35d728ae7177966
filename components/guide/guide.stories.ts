import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Guide',
  component: 'mh-guide',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['parts', '7'] },
} satisfies Meta;

export const WholeGuide = storyFrom(examples, 'Whole guide');
export const SelectedParts = storyFrom(examples, 'Selected parts');
export const WithoutHashOrQuickExit = storyFrom(examples, 'Without hash or quick exit');
export const InvalidParts = storyFrom(examples, 'Invalid parts');
