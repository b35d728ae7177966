import { define } from '../../src/define.js';
import { MhGuide } from './guide.js';

define('mh-guide', MhGuide);

declare global {
  interface HTMLElementTagNameMap {
    'mh-guide': MhGuide;
  }
  interface HTMLElementEventMap {
    'mh-guide-navigate': CustomEvent<import('./guide.js').GuideNavigateDetail>;
  }
}

export { MhGuide };
export type { GuideNavigateDetail } from './guide.js';
