/**
 * Every widget's named states, without defining any element: for gates that load the built
 * bundle (dist/) instead of the sources; test/gates/widgets.ts re-exports it for the gates that
 * run on the sources (after defining them). The accessible-name gate checks it against the tags
 * the bundle defines.
 */
import type { WidgetExample } from '../../src/examples.js';
import { examples as contactCard } from '../../components/contact-card/examples.js';
import { examples as contactList } from '../../components/contact-list/examples.js';
import { examples as conversationGuide } from '../../components/conversation-guide/examples.js';
import { examples as guide } from '../../components/guide/examples.js';
import { examples as indicatorChecklist } from '../../components/indicator-checklist/examples.js';
import { examples as myths } from '../../components/myths/examples.js';
import { examples as quickExit } from '../../components/quick-exit/examples.js';
import { examples as reportingDuty } from '../../components/reporting-duty/examples.js';
import { examples as rightsList } from '../../components/rights-list/examples.js';

export const EXAMPLE_REGISTRY: { tag: string; examples: WidgetExample[] }[] = [
  { tag: 'mh-contact-card', examples: contactCard },
  { tag: 'mh-contact-list', examples: contactList },
  { tag: 'mh-conversation-guide', examples: conversationGuide },
  { tag: 'mh-guide', examples: guide },
  { tag: 'mh-indicator-checklist', examples: indicatorChecklist },
  { tag: 'mh-myths', examples: myths },
  { tag: 'mh-quick-exit', examples: quickExit },
  { tag: 'mh-reporting-duty', examples: reportingDuty },
  { tag: 'mh-rights-list', examples: rightsList },
];
