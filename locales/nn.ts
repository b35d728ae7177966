/**
 * nn: the UI strings of every widget and the translated content files. Loaded with one
 * dynamic import the first time a widget resolves to nn; src/i18n.ts registers it. The chunk is
 * data only (it imports no library code), so it can never load a second copy of the library.
 */
import type { LocaleBundle } from '../src/i18n.js';
import type { UiKey } from '../src/strings.js';
import { nn as contact } from '../src/contact/strings.nn.js';
import { nn as footer } from '../src/footer/strings.nn.js';
import { nn as problems } from '../src/problems/strings.nn.js';
import { nn as contactList } from '../components/contact-list/strings.nn.js';
import { nn as conversationGuide } from '../components/conversation-guide/strings.nn.js';
import { nn as guide } from '../components/guide/strings.nn.js';
import { nn as indicatorChecklist } from '../components/indicator-checklist/strings.nn.js';
import { nn as myths } from '../components/myths/strings.nn.js';
import { nn as quickExit } from '../components/quick-exit/strings.nn.js';
import { nn as reportingDuty } from '../components/reporting-duty/strings.nn.js';
import { nn as rightsList } from '../components/rights-list/strings.nn.js';
import { content } from './generated/content-nn.js';

export const ui = {
  contact,
  'contact-list': contactList,
  'conversation-guide': conversationGuide,
  footer,
  guide,
  'indicator-checklist': indicatorChecklist,
  myths,
  problems,
  'quick-exit': quickExit,
  'reporting-duty': reportingDuty,
  'rights-list': rightsList,
} satisfies Record<UiKey, object>;

const bundle: LocaleBundle = { ui, content };
export default bundle;
