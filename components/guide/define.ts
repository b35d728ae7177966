import { define } from '../../src/define.js';
import { MhGuide } from './guide.js';

define('mh-guide', MhGuide);

declare global {
  interface HTMLElementTagNameMap {
    'mh-guide': MhGuide;
  }
}

export { MhGuide };
