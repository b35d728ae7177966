import type { QuickExitStrings } from './strings.js';

export const en: QuickExitStrings = {
  button: 'Leave this page quickly',
  remaining: (presses) =>
    presses === 1 ? 'Press Shift 1 more time to leave the page' : `Press Shift ${presses} more times to leave the page`,
  helpSummary: 'How this button works',
  help:
    'The button hides this page and opens another website. You can also press Shift three times. It does not erase your browser history. In a private (incognito) window, history is not kept once you close the window.',
};
