import type { Lang } from '../../src/locale.js';
import type { Need } from '../../src/content/contacts.js';

const nb = {
  emergencyHeading: 'Nødnumre',
  localHeading: 'Lokale kontakter',
  selectedHeading: 'Kontakter',
  searchLabel: 'Søk etter kontakt eller behov',
  hits: (count: number) => (count === 0 ? 'Ingen treff' : `${count} treff`),
  noMatch: 'Ingen kontakter passer valgene.',
  badFilter: (attribute: string, values: string, valid: string) => `Ukjent verdi «${values}» i ${attribute}. Gyldige verdier: ${valid}.`,
  badHeadingLevel: (value: string, used: number) => `Ugyldig overskriftsnivå «${value}» (heading-level). Gyldige verdier: 2–6. Bruker ${used}.`,
  badHostEntry: (entry: string, field: string) => `En lokal kontakt ble ikke vist: ${entry}, feltet «${field}» er ugyldig.`,
  badHostData: 'De lokale kontaktene kunne ikke leses.',
  needs: {
    acute: 'akutt hjelp',
    housing: 'bolig',
    legal: 'juridisk hjelp',
    health: 'helsehjelp',
    work: 'arbeid',
    return: 'retur',
    advice: 'råd og veiledning',
  } as Record<Need, string>,
};
export type ContactListStrings = typeof nb;

const nn: ContactListStrings = {
  emergencyHeading: 'Naudnummer',
  localHeading: 'Lokale kontaktar',
  selectedHeading: 'Kontaktar',
  searchLabel: 'Søk etter kontakt eller behov',
  hits: (count) => (count === 0 ? 'Ingen treff' : `${count} treff`),
  noMatch: 'Ingen kontaktar passar vala.',
  badFilter: (attribute, values, valid) => `Ukjend verdi «${values}» i ${attribute}. Gyldige verdiar: ${valid}.`,
  badHeadingLevel: (value, used) => `Ugyldig overskriftsnivå «${value}» (heading-level). Gyldige verdiar: 2–6. Brukar ${used}.`,
  badHostEntry: (entry, field) => `Ein lokal kontakt vart ikkje vist: ${entry}, feltet «${field}» er ugyldig.`,
  badHostData: 'Dei lokale kontaktane kunne ikkje lesast.',
  needs: {
    acute: 'akutt hjelp',
    housing: 'bustad',
    legal: 'juridisk hjelp',
    health: 'helsehjelp',
    work: 'arbeid',
    return: 'retur',
    advice: 'råd og rettleiing',
  },
};

const en: ContactListStrings = {
  emergencyHeading: 'Emergency numbers',
  localHeading: 'Local contacts',
  selectedHeading: 'Contacts',
  searchLabel: 'Search by contact or need',
  hits: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),
  noMatch: 'No contacts match the selection.',
  badFilter: (attribute, values, valid) => `Unknown value “${values}” in ${attribute}. Valid values: ${valid}.`,
  badHeadingLevel: (value, used) => `Invalid heading level “${value}” (heading-level). Valid values: 2–6. Using ${used}.`,
  badHostEntry: (entry, field) => `A local contact was not shown: ${entry}, the field “${field}” is invalid.`,
  badHostData: 'The local contacts could not be read.',
  needs: {
    acute: 'urgent help',
    housing: 'housing',
    legal: 'legal help',
    health: 'health care',
    work: 'work',
    return: 'return',
    advice: 'advice and guidance',
  },
};

export const strings: Record<Lang, ContactListStrings> = { nb, nn, en };
