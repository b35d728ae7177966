import { define } from '../../src/define.js';
import { MhRightsList } from './rights-list.js';

define('mh-rights-list', MhRightsList);

declare global {
  interface HTMLElementTagNameMap {
    'mh-rights-list': MhRightsList;
  }
  interface HTMLElementEventMap {
    'mh-rights-variant-change': CustomEvent<import('./rights-list.js').RightsVariantChangeDetail>;
  }
}

export { MhRightsList };
export type { RightsVariant, RightsVariantChangeDetail } from './rights-list.js';
