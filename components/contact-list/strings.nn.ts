import type { ContactListStrings } from './strings.js';

export const nn: ContactListStrings = {
  emergencyHeading: 'Naudnummer',
  localHeading: 'Lokale kontaktar',
  selectedHeading: 'Kontaktar',
  searchLabel: 'Søk etter kontakt eller behov',
  hits: (count) => (count === 0 ? 'Ingen treff' : `${count} treff`),
  noMatch: 'Ingen kontaktar passar vala.',
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
