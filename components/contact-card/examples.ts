import type { WidgetBench, WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'ROSA',
    description: 'The national helpline for victims of human trafficking, open round the clock.',
    markup: '<mh-contact-card contact="rosa"></mh-contact-card>',
  },
  {
    name: 'Police',
    description: 'Two numbers: 112 for acute danger and 02800 when it is not acute.',
    markup: '<mh-contact-card contact="politiet"></mh-contact-card>',
  },
  {
    name: 'UDI, open',
    description: 'A line with weekday hours, shown on a Wednesday at noon (badge "Åpen nå").',
    markup: '<mh-contact-card contact="udi"></mh-contact-card>',
    setup: (element) => {
      (element as HTMLElement & { now?: Date }).now = new Date('2025-06-11T10:00:00Z');
    },
  },
  {
    name: 'UDI, closed at the weekend',
    description: 'The same line on a Saturday: the badge says when it opens again.',
    markup: '<mh-contact-card contact="udi"></mh-contact-card>',
    setup: (element) => {
      (element as HTMLElement & { now?: Date }).now = new Date('2025-06-14T10:00:00Z');
    },
  },
  {
    name: 'Alarmtelefonen',
    description: 'Hours only a person can judge: shown in words, without a badge.',
    markup: '<mh-contact-card contact="alarmtelefonen"></mh-contact-card>',
  },
  {
    name: 'Caritas',
    description: 'Hours printed ambiguously («10:00 og 16:00»): the guide’s words, no open/closed badge; the rest of the description folded.',
    markup: '<mh-contact-card contact="caritas"></mh-contact-card>',
  },
  {
    name: 'Long description',
    description: 'Frelsesarmeen: the first sentence on the card, its three services behind «Mer om Frelsesarmeen».',
    markup: '<mh-contact-card contact="frelsesarmeen"></mh-contact-card>',
  },
  {
    name: 'Compact',
    description: 'Numbers only, for a sidebar or a page footer.',
    markup: '<mh-contact-card contact="rosa" compact></mh-contact-card>',
  },
  {
    name: 'E-mail and web only',
    description: 'A contact without a phone number (KOM), with the guide’s caveat that KOM does not handle individual cases.',
    markup: '<mh-contact-card contact="kom" heading-level="2"></mh-contact-card>',
  },
  {
    name: 'English',
    description: 'Interface in English; the guide’s text stays in Norwegian.',
    markup: '<mh-contact-card contact="stottesenter" lang="en"></mh-contact-card>',
  },
  {
    name: 'Unknown contact',
    description: 'A misspelt id: a visible message instead of a blank space.',
    markup: '<mh-contact-card contact="rossa"></mh-contact-card>',
  },
];

// Renders in about a millisecond: the benchmark renders ten at once to rise above the timer step.
export const bench: WidgetBench = { example: 'ROSA', copies: 10 };
