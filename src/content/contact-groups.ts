import type { Lang } from '../locale.js';
import { localizedPart } from './store.js';
import { categories, emergency } from '../../content/nb/contacts.json';
import type { Category, ContactsFile, EmergencyNumber } from './schemas/contacts.js';

/** The categories of Del 8 with their printed headings, in order. */
export function getContactCategories(lang: Lang = 'nb'): readonly Category[] {
  return localizedPart('contacts', 'categories', lang, categories as ContactsFile['categories']);
}

/** Emergency numbers, in the order to show them. */
export function getEmergencyNumbers(lang: Lang = 'nb'): readonly EmergencyNumber[] {
  return localizedPart('contacts', 'emergency', lang, emergency as ContactsFile['emergency']);
}
