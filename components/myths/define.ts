import { define } from '../../src/define.js';
import { MhMyths } from './myths.js';

define('mh-myths', MhMyths);

declare global {
  interface HTMLElementTagNameMap {
    'mh-myths': MhMyths;
  }
}

export { MhMyths };
