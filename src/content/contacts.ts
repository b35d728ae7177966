/**
 * Del 8 (and the contact points of Del 5–7): who to call, write to or read. Phone numbers are
 * digits; their printed form and tel: address come from ./phone.ts.
 */
import type { Lang } from '../locale.js';
import { localizedPart } from './store.js';
import { contacts as nbContacts } from '../../content/nb/contacts.json';
import type { Web, Contact, ContactsFile } from './schemas/contacts.js';
export type { OpeningHours, Phone, Web, Contact, Category, EmergencyNumber, ContactsFile } from './schemas/contacts.js';

export const CATEGORY_IDS = ['public', 'organisation', 'web', 'international'] as const;

export const AUDIENCES = ['adults', 'minors', 'professionals'] as const;

export const NEEDS = ['acute', 'housing', 'legal', 'health', 'work', 'return', 'advice'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export type Audience = (typeof AUDIENCES)[number];

export type Need = (typeof NEEDS)[number];

/** Every contact in the order of Del 8. */
export function getContacts(lang: Lang = 'nb'): readonly Contact[] {
  return localizedPart('contacts', 'contacts', lang, nbContacts as ContactsFile['contacts']);
}

export function getContact(id: string, lang: Lang = 'nb'): Contact | undefined {
  return getContacts(lang).find((contact) => contact.id === id);
}

// In a module of their own, so a widget showing one contact does not carry the list's headings.
export { getContactCategories, getEmergencyNumbers } from './contact-groups.js';

/** Valid contact ids (for warnings and docs). */
// Pure: a chunk that needs only the id lists above (the schemas) must not keep the nb data.
export const CONTACT_IDS: readonly string[] = /* @__PURE__ */ (nbContacts as ContactsFile['contacts']).map((contact) => contact.id);

/** The link target of a printed web address. */
export function webHref(web: Web): string {
  return web.href ?? `https://${web.address}`;
}

export { contactShortName } from './contact-slice.js';
