import { localStrings } from '../../src/strings.js';
import type { Need } from '../../src/content/contacts.js';

const nb = {
  emergencyHeading: 'Nødnumre',
  localHeading: 'Lokale kontakter',
  selectedHeading: 'Kontakter',
  searchLabel: 'Søk etter kontakt eller behov',
  hits: (count: number) => (count === 0 ? 'Ingen treff' : `${count} treff`),
  noMatch: 'Ingen kontakter passer valgene.',
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

export const strings = localStrings('contact-list', nb);
