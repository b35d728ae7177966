import { localStrings } from '../../src/strings.js';
import type { Situation } from '../../src/content/conversation.js';

const nb = {
  title: 'Samtale når du er bekymret',
  observationSummary: 'Observasjoner',
  conversationSummary: 'Samtale',
  minorsFirstLabel: 'Mindreårige',
  adviceLabel: 'Råd og veiledning',
  interpreterHeading: 'Bruk av tolk',
  purposesHeading: 'Formålet med samtalen',
  tipsSummary: 'Noen tips til gjennomføring av samtalen',
  minorTipsSummary: 'Tips til samtaler med mindreårige',
  avoidLabel: 'Ord du bør unngå',
  questionsHeading: 'Eksempler på spørsmål',
  filterLegend: 'Vis spørsmål om',
  filterHint: 'Velg én eller flere. Uten valg vises alle spørsmålene.',
  showAll: 'Vis alle spørsmål',
  situations: {
    work: 'Arbeid',
    housing: 'Bolig',
    money: 'Lønn, penger og gjeld',
    customers: 'Kunder',
    'phone-and-accounts': 'Telefon, post og kontoer',
    health: 'Helsehjelp',
    shopping: 'Innkjøp og ærend',
    travel: 'Reisen til Norge',
    passport: 'Pass og reisedokumenter',
    help: 'Behov for hjelp',
  } satisfies Record<Situation, string>,
  topics: 'Tema',
  followUpsLabel: 'Følg opp med:',
  sayLabel: 'Du kan si:',
  status: (shown: number, total: number) => (shown === total ? `Viser alle ${total} spørsmål.` : `Viser ${shown} av ${total} spørsmål.`),
  rightsHeading: 'Informasjon om rettigheter og hjelpetilbud',
  rightsLead: 'Gi personen informasjon om rettigheter og hjelpetilbud, tilpasset personen i form og språk.',
  rightsLink: 'Se hva du kan fortelle om rettigheter og hjelpetilbud',
  rightsText: 'Listen over hva du kan fortelle om rettigheter og hjelpetilbud står i slutten av del 5 i veilederen.',
  external: (site: string) => `${site} (ekstern side)`,
};
export type ConversationStrings = typeof nb;

export const strings = localStrings('conversation-guide', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
