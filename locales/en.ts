/**
 * en: the UI strings of every widget and the translated content files. Loaded with one
 * dynamic import the first time a widget resolves to en; src/i18n.ts registers it. The chunk is
 * data only (it imports no library code), so it can never load a second copy of the library.
 */
import type { LocaleBundle } from '../src/i18n.js';
import type { UiKey } from '../src/strings.js';
import { en as contact } from '../src/contact/strings.en.js';
import { en as footer } from '../src/footer/strings.en.js';
import { en as problems } from '../src/problems/strings.en.js';
import { en as contactList } from '../components/contact-list/strings.en.js';
import { en as conversationGuide } from '../components/conversation-guide/strings.en.js';
import { en as guide } from '../components/guide/strings.en.js';
import { en as indicatorChecklist } from '../components/indicator-checklist/strings.en.js';
import { en as myths } from '../components/myths/strings.en.js';
import { en as quickExit } from '../components/quick-exit/strings.en.js';
import { en as reportingDuty } from '../components/reporting-duty/strings.en.js';
import { en as rightsList } from '../components/rights-list/strings.en.js';
import { content } from './generated/content-en.js';

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
