import type { ReportingDutyStrings } from './strings.js';

export const nn: ReportingDutyStrings = {
  title: 'Kva plikt har eg?',
  intro:
    'Svar på det du veit – alle spørsmåla er valfrie, og du kan svare i kva rekkjefølgje du vil. Utan svar ser du heile oversikta frå rettleiaren. Oversikta avgjer ikkje saka di.',
  notAdvice:
    'Oversikta forklarer kva rettleiaren seier. Ho avgjer ikkje saka di og er ikkje juridisk rådgiving. Er du i tvil, søk råd.',
  formLabel: 'Spørsmål om situasjonen',
  roleLegend: 'Kven er du?',
  roles: {
    public: 'Eg jobbar i ei offentleg styresmakt',
    'public-task': 'Eg jobbar i ein organisasjon eller ei verksemd som utfører oppgåver for det offentlege',
    ngo: 'Eg er i ein organisasjon som ikkje utfører oppgåver for det offentlege, eller eg er frivillig',
    private: 'Eg er privatperson',
  },
  minorLegend: 'Kan personen vere under 18 år?',
  minorYes: 'Ja',
  minorNo: 'Nei, personen er vaksen',
  minorUnknown: 'Veit ikkje',
  minorUnknownHint: 'Blir behandla som under 18 år til alderen er klarlagd.',
  acuteLegend: 'Er det akutt fare for liv eller helse?',
  acuteYes: 'Ja',
  acuteNo: 'Nei',
  clearGroup: (legend) => `Fjern svaret på «${legend}»`,
  clearGroupVisible: 'Fjern svaret',
  resetAll: 'Nullstill svar',
  statusOverview: 'Ingen svar: viser heile oversikta.',
  status: (count) => `Oversikta er tilpassa svara dine: ${count} punkt.`,
  overviewHeading: 'Oversikt: dette seier rettleiaren',
  resultHeading: 'Dette seier rettleiaren om situasjonen du skildrar',
  step: (n) => `Steg ${n}`,
  stepsLabel: 'Dei fire stega',
  acuteFirst: 'Akutt fare kjem først',
  appliesTo: {
    'confidentiality-consent': 'For deg som hjelper personen og har teieplikt.',
    avvergingsplikt: 'Gjeld alle, til kvar tid – også deg.',
    'meldeplikt-barnevern':
      'Gjeld deg som jobbar i ei offentleg styresmakt, eller i ein organisasjon eller ei verksemd som utfører oppgåver for det offentlege, når eit barn kan vere utsett.',
    'private-report':
      'For privatpersonar og organisasjonar som ikkje utfører oppgåver for det offentlege: du har ikkje meldeplikt til barnevernet slik rettleiaren skildrar ho, men du kan melde frå.',
    'barnevern-closed': '',
    'information-sharing': 'For offentlege instansar.',
    'acute-help': '',
    'help-minor': '',
    'help-adult': '',
    'protect-minor': '',
    'connect-adult': '',
  },
  ngoTaskNote:
    'Utfører organisasjonen din oppgåver for det offentlege, gjeld meldeplikta til barnevernet også deg. Vel då «Eg jobbar i ein organisasjon eller ei verksemd som utfører oppgåver for det offentlege».',
  ageRuleLabel: 'Alderen er uklar',
  lawSummaryPrefix: 'Lovtekst:',
  readMore: 'Les meir',
  adviceHeading: 'Usikker? Søk råd',
  roleAttribute: 'Bruk attributtet user-role i staden for role: role er eit ARIA-attributt.',
};
