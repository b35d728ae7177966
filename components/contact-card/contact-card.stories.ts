import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Contact card',
  component: 'mh-contact-card',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['compact', true] },
} satisfies Meta;

export const Rosa = storyFrom(examples, 'ROSA');
export const Police = storyFrom(examples, 'Police');
export const UdiOpen = storyFrom(examples, 'UDI, open');
export const UdiClosedAtTheWeekend = storyFrom(examples, 'UDI, closed at the weekend');
export const Alarmtelefonen = storyFrom(examples, 'Alarmtelefonen');
export const Compact = storyFrom(examples, 'Compact');
export const EmailAndWebOnly = storyFrom(examples, 'E-mail and web only');
export const English = storyFrom(examples, 'English');
export const UnknownContact = storyFrom(examples, 'Unknown contact');
