import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Indicator checklist',
  component: 'mh-indicator-checklist',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['audience', 'minor'] },
} satisfies Meta;

export const Default = storyFrom(examples, 'Default');
export const Adult = storyFrom(examples, 'Adult');
export const Minor = storyFrom(examples, 'Minor');
export const AllForms = storyFrom(examples, 'All forms');
export const MinorAllForms = storyFrom(examples, 'Minor, all forms');
export const SomeTicked = storyFrom(examples, 'Some ticked');
export const InjuriesTickedOpen = storyFrom(examples, 'Injuries ticked, open');
export const WithArenas = storyFrom(examples, 'With arenas');
export const WithLinks = storyFrom(examples, 'With links');
