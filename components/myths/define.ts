import { define } from '../../src/define.js';
import { MhMyths } from './myths.js';

define('mh-myths', MhMyths);

declare global {
  interface HTMLElementTagNameMap {
    'mh-myths': MhMyths;
  }
  interface HTMLElementEventMap {
    'mh-myth-toggle': CustomEvent<import('./myths.js').MythToggleDetail>;
  }
}

export { MhMyths };
export type { MythToggleDetail } from './myths.js';
