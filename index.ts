/**
 * The npm entry, the top layer (docs/architecture.md): importing this registers every widget of
 * the registry, src/widgets.json (scripts/check-registry.js checks that each is imported here).
 * Each registration is guarded, so it is also safe to import in Node without a DOM. Hosts that want one widget import
 * `menneskehandel-widgets/components/<name>.js` instead; both share one module graph.
 */
import './components/contact-card/define.js';
import './components/contact-list/define.js';
import './components/conversation-guide/define.js';
import './components/guide/define.js';
import './components/indicator-checklist/define.js';
import './components/myths/define.js';
import './components/quick-exit/define.js';
import './components/reporting-duty/define.js';
import './components/rights-list/define.js';

export * from './src/api.js';
// The details of the widgets' events, for typed handlers (HTMLElementEventMap holds the events).
export type { SituationsChangeDetail } from './components/conversation-guide/define.js';
export type { GuideNavigateDetail } from './components/guide/define.js';
export type { IndicatorsChangeDetail } from './components/indicator-checklist/define.js';
export type { MythToggleDetail } from './components/myths/define.js';
export type { DutyChangeDetail } from './components/reporting-duty/define.js';
export type { RightsVariantChangeDetail } from './components/rights-list/define.js';
