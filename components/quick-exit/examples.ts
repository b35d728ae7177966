import type { WidgetBench, WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Default',
    description: 'The button alone; it goes to https://www.yr.no. Shift three times does the same.',
    markup: '<mh-quick-exit></mh-quick-exit>',
  },
  {
    name: 'With fallback link and help',
    description: 'The pattern to paste: a plain link works without JavaScript; the help text says what the exit does not do.',
    markup: '<mh-quick-exit href="https://www.nrk.no" show-help><a href="https://www.nrk.no">Forlat siden raskt</a></mh-quick-exit>',
  },
  {
    name: 'Sticky at the top',
    description: 'Stays at the top of the window while the page scrolls, across its whole width, also when placed inside the page content (a column, a <p>); best first in <body>.',
    markup: '<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>',
  },
  {
    name: 'Without the Shift shortcut',
    description: 'no-shortcut: only the button leaves the page, for sites whose users press Shift alone (NVDA pauses speech with it); the help leaves the shortcut out.',
    markup: '<mh-quick-exit no-shortcut show-help></mh-quick-exit>',
  },
  {
    name: 'Nynorsk',
    description: 'Button and help in nynorsk.',
    markup: '<mh-quick-exit lang="nn" show-help></mh-quick-exit>',
  },
  {
    name: 'Invalid href',
    description: 'An http: address (or anything not https: or a same-site path) is reported; the exit uses https://www.yr.no.',
    markup: '<mh-quick-exit href="http://www.yr.no"></mh-quick-exit>',
  },
];

// Renders in about a millisecond: the benchmark renders ten at once to rise above the timer step.
export const bench: WidgetBench = { example: 'Default', copies: 10 };
