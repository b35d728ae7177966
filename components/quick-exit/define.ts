import { define } from '../../src/define.js';
import { MhQuickExit } from './quick-exit.js';

define('mh-quick-exit', MhQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'mh-quick-exit': MhQuickExit;
  }
}

export { MhQuickExit };
