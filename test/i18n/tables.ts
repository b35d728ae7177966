/** Every UI strings table, by widget key, in nb (from the widget) and nn/en (the lazy tables). */
import { strings as contact } from '../../src/contact/strings.js';
import { nn as contactNn } from '../../src/contact/strings.nn.js';
import { en as contactEn } from '../../src/contact/strings.en.js';
import { strings as footer } from '../../src/footer/strings.js';
import { nn as footerNn } from '../../src/footer/strings.nn.js';
import { en as footerEn } from '../../src/footer/strings.en.js';
import { strings as problems } from '../../src/problems/strings.js';
import { nn as problemsNn } from '../../src/problems/strings.nn.js';
import { en as problemsEn } from '../../src/problems/strings.en.js';
import { strings as contactList } from '../../components/contact-list/strings.js';
import { nn as contactListNn } from '../../components/contact-list/strings.nn.js';
import { en as contactListEn } from '../../components/contact-list/strings.en.js';
import { strings as conversation } from '../../components/conversation-guide/strings.js';
import { nn as conversationNn } from '../../components/conversation-guide/strings.nn.js';
import { en as conversationEn } from '../../components/conversation-guide/strings.en.js';
import { strings as guide } from '../../components/guide/strings.js';
import { nn as guideNn } from '../../components/guide/strings.nn.js';
import { en as guideEn } from '../../components/guide/strings.en.js';
import { strings as checklist } from '../../components/indicator-checklist/strings.js';
import { nn as checklistNn } from '../../components/indicator-checklist/strings.nn.js';
import { en as checklistEn } from '../../components/indicator-checklist/strings.en.js';
import { strings as myths } from '../../components/myths/strings.js';
import { nn as mythsNn } from '../../components/myths/strings.nn.js';
import { en as mythsEn } from '../../components/myths/strings.en.js';
import { strings as quickExit } from '../../components/quick-exit/strings.js';
import { nn as quickExitNn } from '../../components/quick-exit/strings.nn.js';
import { en as quickExitEn } from '../../components/quick-exit/strings.en.js';
import { strings as duty } from '../../components/reporting-duty/strings.js';
import { nn as dutyNn } from '../../components/reporting-duty/strings.nn.js';
import { en as dutyEn } from '../../components/reporting-duty/strings.en.js';
import { strings as rights } from '../../components/rights-list/strings.js';
import { nn as rightsNn } from '../../components/rights-list/strings.nn.js';
import { en as rightsEn } from '../../components/rights-list/strings.en.js';
import type { UiKey } from '../../src/strings.js';

export type Table = Record<string, unknown>;

export const TABLES = {
  contact: { nb: contact('nb'), nn: contactNn, en: contactEn },
  footer: { nb: footer('nb'), nn: footerNn, en: footerEn },
  'contact-list': { nb: contactList('nb'), nn: contactListNn, en: contactListEn },
  'conversation-guide': { nb: conversation('nb'), nn: conversationNn, en: conversationEn },
  guide: { nb: guide('nb'), nn: guideNn, en: guideEn },
  'indicator-checklist': { nb: checklist('nb'), nn: checklistNn, en: checklistEn },
  myths: { nb: myths('nb'), nn: mythsNn, en: mythsEn },
  problems: { nb: problems('nb'), nn: problemsNn, en: problemsEn },
  'quick-exit': { nb: quickExit('nb'), nn: quickExitNn, en: quickExitEn },
  'reporting-duty': { nb: duty('nb'), nn: dutyNn, en: dutyEn },
  'rights-list': { nb: rights('nb'), nn: rightsNn, en: rightsEn },
} satisfies Record<UiKey, TableSet>;

type TableSet = { nb: Table; nn: Table; en: Table };

/** The tables of a key known only at run time (a registry key), or a thrown error naming it. */
export function tablesOf(key: UiKey): TableSet {
  const found = (TABLES as Record<UiKey, TableSet | undefined>)[key];
  if (!found) throw new Error(`no UI strings table for ${key} in test/i18n/tables.ts`);
  return found;
}

/** Every plain string of a table (not the functions: their output depends on arguments). */
export function plainStrings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (Array.isArray(table)) return table.flatMap(plainStrings);
  if (table && typeof table === 'object') return Object.values(table).flatMap(plainStrings);
  return [];
}

/**
 * Text and labelling attributes of an element's shadow tree, nested shadow roots included.
 * Node types, not instanceof: the tree may live in an iframe's realm.
 */
export function renderedText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    if (node.nodeType === Node.ELEMENT_NODE && 'getAttribute' in node) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}
