import { define } from '../../src/define.js';
import { MhRightsList } from './rights-list.js';

define('mh-rights-list', MhRightsList);

declare global {
  interface HTMLElementTagNameMap {
    'mh-rights-list': MhRightsList;
  }
}

export { MhRightsList };
export type { RightsVariant, RightsVariantChangeDetail } from './rights-list.js';
