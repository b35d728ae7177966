import { define } from '../../src/define.js';
import { MhReportingDuty } from './reporting-duty.js';

define('mh-reporting-duty', MhReportingDuty);

declare global {
  interface HTMLElementTagNameMap {
    'mh-reporting-duty': MhReportingDuty;
  }
  interface HTMLElementEventMap {
    'mh-duty-change': CustomEvent<import('./reporting-duty.js').DutyChangeDetail>;
  }
}

export { MhReportingDuty };
export type { DutyChangeDetail } from './reporting-duty.js';
