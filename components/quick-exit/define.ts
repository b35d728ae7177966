import { define } from '../../src/define.js';
import { MhQuickExit } from './quick-exit.js';

define('mh-quick-exit', MhQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'mh-quick-exit': MhQuickExit;
  }
  /** Fired on window just before a quick exit leaves the page (QUICK_EXIT_EVENT). */
  interface WindowEventMap {
    'mh-quick-exit': Event;
  }
}

export { MhQuickExit };
