import { define } from '../../src/define.js';
import { MhIndicatorChecklist } from './indicator-checklist.js';

define('mh-indicator-checklist', MhIndicatorChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mh-indicator-checklist': MhIndicatorChecklist;
  }
  interface HTMLElementEventMap {
    'mh-indicators-change': CustomEvent<import('./indicator-checklist.js').IndicatorsChangeDetail>;
  }
}

export { MhIndicatorChecklist };
export type { IndicatorsChangeDetail, ChecklistAudience } from './indicator-checklist.js';
