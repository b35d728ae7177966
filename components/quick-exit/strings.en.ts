import type { QuickExitStrings } from './strings.js';

export const en: QuickExitStrings = {
  button: 'Leave this page quickly',
  remaining: (presses) =>
    presses === 1 ? 'Press Shift 1 more time to leave the page' : `Press Shift ${presses} more times to leave the page`,
  helpSummary: 'How this button works',
  helpWhat: 'The button hides this page and opens another website.',
  /** The button's accessible description and part of the help text (left out with `no-shortcut`). */
  shortcut: 'You can also press Shift three times.',
  helpHistory:
    'It does not erase your browser history. In a private (incognito) window, history is not kept once you close the window.',
};
