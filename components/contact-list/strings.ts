import { localStrings } from '../../src/strings.js';
import type { CategoryId, Need } from '../../src/content/contacts.js';

const nb = {
  emergencyHeading: 'Nødnumre',
  localHeading: 'Lokale kontakter',
  selectedHeading: 'Kontakter',
  searchLabel: 'Søk etter kontakt eller behov',
  hits: (count: number) => (count === 0 ? 'Ingen treff' : `${count} treff`),
  /** The live count when the visitor changed a filter without searching. */
  shown: (count: number) => (count === 0 ? 'Ingen kontakter' : count === 1 ? '1 kontakt' : `${count} kontakter`),
  /** Matches of the search that the chosen filters hide. */
  hiddenHits: (count: number) => `${count} treff til i andre kategorier`,
  showAll: (count: number) => (count === 1 ? 'Vis treffet' : `Vis alle ${count} treff`),
  noMatch: 'Ingen kontakter passer valgene.',
  noMatchQuery: (query: string) => `Ingen kontakter passer søket «${query}» med disse valgene.`,
  clearFilters: 'Fjern filtrene',
  clearSearch: 'Tøm søket',
  needAcuteHelp: 'Trenger noen hjelp nå? Ring et nødnummer.',
  filtersLabel: 'Filtrer kontaktene',
  needLegend: 'Hva trengs hjelp til?',
  categoryLegend: 'Type instans',
  categories: {
    public: 'Offentlige instanser',
    organisation: 'Organisasjoner',
    web: 'Nettressurser',
    international: 'Internasjonale',
  } as Record<CategoryId, string>,
  badHostEntry: (entry: string, field: string) => `En lokal kontakt ble ikke vist: ${entry}, feltet «${field}» er ugyldig.`,
  badHostData: 'De lokale kontaktene kunne ikke leses.',
  hostCheckMissing: 'De lokale kontaktene vises ikke: en fil widgeten trenger, mangler på nettstedet.',
  contactsAttribute: 'De lokale kontaktene vises ikke: de ble gitt som attributtet «contacts». Last inn widgetens modul før listen vises, og gi kontaktene som egenskapen contacts, eller legg dem i en <script type="application/json"> inne i listen.',
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

export const strings = localStrings('contact-list', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
