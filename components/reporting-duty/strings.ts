import { localStrings } from '../../src/strings.js';
import type { AcuteAnswer, AnswerCondition, MinorAnswer, Role } from './logic.js';

const nb = {
  title: 'Hvilken plikt har jeg?',
  intro:
    'Svar på det du vet – alle spørsmålene er valgfrie, og du kan svare i hvilken som helst rekkefølge. Uten svar ser du hele oversikten fra veilederen. Oversikten avgjør ikke saken din.',
  notAdvice:
    'Oversikten forklarer hva veilederen sier. Den avgjør ikke saken din og er ikke juridisk rådgivning. Er du i tvil, søk råd.',
  formLabel: 'Spørsmål om situasjonen',
  roleLegend: 'Hvem er du?',
  roles: {
    public: 'Jeg jobber i en offentlig myndighet',
    'public-task': 'Jeg jobber i en organisasjon eller virksomhet som utfører oppgaver for det offentlige',
    ngo: 'Jeg er i en organisasjon som ikke utfører oppgaver for det offentlige, eller jeg er frivillig',
    private: 'Jeg er privatperson',
  } satisfies Record<Role, string>,
  minorLegend: 'Kan personen være under 18 år?',
  minorYes: 'Ja',
  minorNo: 'Nei, personen er voksen',
  minorUnknown: 'Vet ikke',
  minorUnknownHint: 'Behandles som under 18 år til alderen er klarlagt.',
  acuteLegend: 'Er det akutt fare for liv eller helse?',
  acuteYes: 'Ja',
  acuteNo: 'Nei',
  clearGroup: (legend: string) => `Fjern svaret på «${legend}»`,
  clearGroupVisible: 'Fjern svaret',
  resetAll: 'Nullstill svar',
  statusOverview: 'Ingen svar: viser hele oversikten.',
  status: (count: number) => `Oversikten er tilpasset svarene dine: ${count} ${count === 1 ? 'punkt' : 'punkter'}.`,
  overviewHeading: 'Oversikt: dette sier veilederen',
  resultHeading: 'Dette sier veilederen om situasjonen du beskriver',
  step: (n: number) => `Steg ${n}`,
  stepsLabel: 'De fire stegene',
  acuteFirst: 'Akutt fare kommer først',
  appliesTo: {
    'confidentiality-consent': 'For deg som bistår personen og har taushetsplikt.',
    avvergingsplikt: 'Gjelder alle, til enhver tid – også deg.',
    'meldeplikt-barnevern':
      'Gjelder deg som jobber i en offentlig myndighet, eller i en organisasjon eller virksomhet som utfører oppgaver for det offentlige, når et barn kan være utsatt.',
    'private-report':
      'For privatpersoner og organisasjoner som ikke utfører oppgaver for det offentlige: du har ikke meldeplikt til barnevernet slik veilederen beskriver den, men du kan melde fra.',
    'barnevern-closed': '',
    'information-sharing': 'For offentlige instanser.',
    'acute-help': '',
    'help-minor': '',
    'help-adult': '',
    'protect-minor': '',
    'connect-adult': '',
  } as Record<string, string>,
  ngoTaskNote:
    'Utfører organisasjonen din oppgaver for det offentlige, gjelder meldeplikten til barnevernet også deg. Velg da «Jeg jobber i en organisasjon eller virksomhet som utfører oppgaver for det offentlige».',
  ageRuleLabel: 'Alderen er uklar',
  lawSummaryPrefix: 'Lovtekst:',
  readMore: 'Les mer',
  adviceHeading: 'Usikker? Søk råd',
  panelHeading: 'Kort svar',
  panelNote: 'Kortversjon av veilederens tekst. Den avgjør ikke saken din – les mer i stegene under.',
  conditions: {
    'if-acute': 'Hvis det er akutt fare for liv eller helse:',
    'if-minor': 'Hvis personen kan være under 18:',
    'if-public': 'Hvis du jobber i eller for det offentlige:',
    'if-public-minor': 'Hvis du jobber i eller for det offentlige og personen kan være under 18:',
  } satisfies Record<AnswerCondition, string>,
  answersLabel: 'Svarene dine:',
  acuteShort: { yes: 'Akutt fare', no: 'Ikke akutt fare' } satisfies Record<AcuteAnswer, string>,
  minorShort: { yes: 'Kan være under 18', no: 'Voksen', unknown: 'Alder ukjent (behandles som barn)' } satisfies Record<MinorAnswer, string>,
  roleShort: {
    public: 'Offentlig myndighet',
    'public-task': 'Oppgaver for det offentlige',
    ngo: 'Organisasjon eller frivillig',
    private: 'Privatperson',
  } satisfies Record<Role, string>,
  changeAnswers: 'Endre svarene',
  showAnswer: 'Se svaret',
  showAllSteps: 'Vis alle steg',
  hideAllSteps: 'Skjul alle steg',
  accompanyingChildren: 'Personen er voksen – men har personen barn med seg, kan dette gjelde barna.',
};
export type ReportingDutyStrings = typeof nb;

export const strings = localStrings('reporting-duty', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
