import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Conversation guide',
  component: 'mh-conversation-guide',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['situations', 'health'] },
} satisfies Meta;

export const Default = storyFrom(examples, 'Default');
export const PresetSituations = storyFrom(examples, 'Preset situations');
export const LinkedToTheRightsList = storyFrom(examples, 'Linked to the rights list');
export const EnglishInterface = storyFrom(examples, 'English interface');
export const NynorskInterface = storyFrom(examples, 'Nynorsk interface');
export const InvalidAttributes = storyFrom(examples, 'Invalid attributes');
