import { define } from '../../src/define.js';
import { MhReportingDuty } from './reporting-duty.js';

define('mh-reporting-duty', MhReportingDuty);

declare global {
  interface HTMLElementTagNameMap {
    'mh-reporting-duty': MhReportingDuty;
  }
}

export { MhReportingDuty };
