import type { Lang } from '../../src/locale.js';
import type { Role } from './logic.js';

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
  badRole: (value: string, valid: string) => `Ukjent rolle «${value}» i user-role. Gyldige verdier: ${valid}. Viser hele oversikten.`,
  badFlag: (attribute: string, value: string, valid: string) =>
    `Ukjent verdi «${value}» i ${attribute}. Gyldige verdier: ${valid}. Spørsmålet står ubesvart.`,
  roleAttribute: 'Bruk attributtet user-role i stedet for role: role er et ARIA-attributt.',
};
export type ReportingDutyStrings = typeof nb;

const nn: ReportingDutyStrings = {
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
  status: (count) => `Oversikta er tilpassa svara dine: ${count} ${count === 1 ? 'punkt' : 'punkt'}.`,
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
  badRole: (value, valid) => `Ukjend rolle «${value}» i user-role. Gyldige verdiar: ${valid}. Viser heile oversikta.`,
  badFlag: (attribute, value, valid) => `Ukjend verdi «${value}» i ${attribute}. Gyldige verdiar: ${valid}. Spørsmålet står utan svar.`,
  roleAttribute: 'Bruk attributtet user-role i staden for role: role er eit ARIA-attributt.',
};

const en: ReportingDutyStrings = {
  title: 'Which duty do I have?',
  intro:
    'Answer what you know – every question is optional and you can answer in any order. With no answers you see the whole overview from the guide. The overview does not decide your case.',
  notAdvice:
    'This overview explains what the guide says. It does not decide your case and is not legal advice. If in doubt, seek advice.',
  formLabel: 'Questions about the situation',
  roleLegend: 'Who are you?',
  roles: {
    public: 'I work in a public body',
    'public-task': 'I work in an organisation or company that carries out tasks for a public body',
    ngo: 'I am in an organisation that does not carry out tasks for a public body, or I am a volunteer',
    private: 'I am a private person',
  },
  minorLegend: 'Could the person be under 18?',
  minorYes: 'Yes',
  minorNo: 'No, the person is an adult',
  minorUnknown: "Don't know",
  minorUnknownHint: 'Treated as under 18 until the age is established.',
  acuteLegend: 'Is there acute danger to life or health?',
  acuteYes: 'Yes',
  acuteNo: 'No',
  clearGroup: (legend) => `Clear answer to "${legend}"`,
  clearGroupVisible: 'Clear answer',
  resetAll: 'Clear all answers',
  statusOverview: 'No answers: showing the whole overview.',
  status: (count) => `The overview matches your answers: ${count} ${count === 1 ? 'item' : 'items'}.`,
  overviewHeading: 'Overview: what the guide says',
  resultHeading: 'What the guide says about the situation you describe',
  step: (n) => `Step ${n}`,
  stepsLabel: 'The four steps',
  acuteFirst: 'Acute danger comes first',
  appliesTo: {
    'confidentiality-consent': 'For you if you assist the person and have a duty of confidentiality (taushetsplikt).',
    avvergingsplikt: 'Applies to everyone, at all times – including you.',
    'meldeplikt-barnevern':
      'Applies if you work in a public body, or in an organisation or company carrying out tasks for a public body, when a child may be affected.',
    'private-report':
      'For private persons and organisations not carrying out tasks for a public body: you have no duty to report to the child welfare service (meldeplikt) as the guide describes it, but you may report.',
    'barnevern-closed': '',
    'information-sharing': 'For public bodies.',
    'acute-help': '',
    'help-minor': '',
    'help-adult': '',
    'protect-minor': '',
    'connect-adult': '',
  },
  ngoTaskNote:
    'If your organisation carries out tasks for a public body, the duty to report to the child welfare service (meldeplikt til barnevernet) applies to you too. Then choose "I work in an organisation or company that carries out tasks for a public body".',
  ageRuleLabel: 'The age is unclear',
  lawSummaryPrefix: 'Legal text:',
  readMore: 'Read more',
  adviceHeading: 'Unsure? Seek advice',
  badRole: (value, valid) => `Unknown role "${value}" in user-role. Valid values: ${valid}. Showing the whole overview.`,
  badFlag: (attribute, value, valid) => `Unknown value "${value}" in ${attribute}. Valid values: ${valid}. The question is left unanswered.`,
  roleAttribute: 'Use the user-role attribute instead of role: role is an ARIA attribute.',
};

export const strings: Record<Lang, ReportingDutyStrings> = { nb, nn, en };
