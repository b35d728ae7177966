/**
 * Contact look-up for widgets that link only the contacts their own content names (Del 5–7).
 * src/content/named-contacts.ts imports the nb contacts file; in the script-tag build each widget
 * gets a copy with only the contacts its content names (scripts/rollup/content-slice.js), so one
 * widget does not carry all of Del 8. Tests and Storybook read the whole file.
 * nn, en and host languages come from their registered contacts file.
 */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import type { Contact, ContactsFile } from './schemas/contacts.js';

export type ContactGetter = (id: string, lang?: Lang) => Contact | undefined;

export function contactGetter(nb: unknown): ContactGetter {
  const nbFile = nb as Pick<ContactsFile, 'contacts'>;
  return (id, lang = 'nb') => localized('contacts', lang, nbFile).contacts.find((contact) => contact.id === id);
}

/** The name used in "Ring <whom>, <number>". */
export function contactShortName(contact: Pick<Contact, 'name' | 'short'>): string {
  return contact.short ?? contact.name;
}
