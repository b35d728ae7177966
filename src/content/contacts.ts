/**
 * Del 8 (and the contact points of Del 5–7): who to call, write to or read. Phone numbers are
 * digits; their printed form and tel: address come from ./phone.ts.
 */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/contacts.json';
import type { Web, Contact, Category, EmergencyNumber, ContactsFile } from './schemas/contacts.js';
export type { OpeningHours, Phone, Web, Contact, Category, EmergencyNumber, ContactsFile } from './schemas/contacts.js';

export const CATEGORY_IDS = ['public', 'organisation', 'web', 'international'] as const;

export const AUDIENCES = ['adults', 'minors', 'professionals'] as const;

export const NEEDS = ['acute', 'housing', 'legal', 'health', 'work', 'return', 'advice'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export type Audience = (typeof AUDIENCES)[number];

export type Need = (typeof NEEDS)[number];

const nbFile = nb as ContactsFile;

function file(lang: Lang): ContactsFile {
  return localized('contacts', lang, nbFile);
}

/** Every contact in the order of Del 8. */
export function getContacts(lang: Lang = 'nb'): readonly Contact[] {
  return file(lang).contacts;
}

export function getContact(id: string, lang: Lang = 'nb'): Contact | undefined {
  return file(lang).contacts.find((contact) => contact.id === id);
}

/** The categories of Del 8 with their printed headings, in order. */
export function getContactCategories(lang: Lang = 'nb'): readonly Category[] {
  return file(lang).categories;
}

/** Emergency numbers, in the order to show them. */
export function getEmergencyNumbers(lang: Lang = 'nb'): readonly EmergencyNumber[] {
  return file(lang).emergency;
}

/** Valid contact ids (for warnings and docs). */
// Pure: a chunk that needs only the id lists above (the schemas) must not keep the nb data.
export const CONTACT_IDS: readonly string[] = /* @__PURE__ */ nbFile.contacts.map((contact) => contact.id);

/** The link target of a printed web address. */
export function webHref(web: Web): string {
  return web.href ?? `https://${web.address}`;
}

/** The name used in "Ring <whom>, <number>". */
export function contactShortName(contact: Pick<Contact, 'name' | 'short'>): string {
  return contact.short ?? contact.name;
}
