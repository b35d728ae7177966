import { localStrings } from '../../src/strings.js';
import type { Form } from '../../src/content/indicators.js';

// No string here may count, score or rank indicators (the guide: not ranked, not exhaustive).
const nb = {
  questionsHeading: 'Om personen',
  ageLegend: 'Kan personen være under 18 år?',
  ageYes: 'Ja, eller du er i tvil',
  ageNo: 'Nei',
  ageUnknownHint: 'Til du har svart, vises også indikatorene for mindreårige.',
  urgentHeading: 'Haster det?',
  urgentPolice: 'Ved akutt fare, ring politiets nødnummer',
  urgentPoliceWhom: 'politiets nødnummer',
  urgentMedical: 'Ved livstruende sykdom eller skade, ring medisinsk nødtelefonhjelp',
  urgentMedicalWhom: 'medisinsk nødtelefonhjelp',
  urgentChild:
    'Dersom personen er antatt mindreårig: ring barnevernstjenesten eller barnevernvakten, eller Alarmtelefonen for barn og unge',
  showAll: 'Vis alle kategorier',
  hideAll: 'Skjul alle kategorier',
  tickedIn: 'Krysset av:',
  toSummary: 'Se oppsummering og hva du gjør videre',
  formsLegend: 'Kan det gjelde utnyttelse til prostitusjon eller tvangsarbeid?',
  formsHint: 'Kryss av for å vise flere indikatorer for den formen for utnyttelse.',
  forms: { prostitution: 'Prostitusjon', 'forced-labour': 'Tvangsarbeid' } satisfies Record<Form, string>,
  reset: 'Nullstill',
  print: 'Skriv ut',
  resetDone: 'Avkrysningene og svarene er nullstilt.',
  summaryHeading: 'Oppsummering',
  printedOn: (date: string) => `Skrevet ut ${date}.`,
  nothingTicked: 'Du har ikke krysset av for noen indikatorer.',
  tickedLead: 'Du har krysset av for disse indikatorene:',
  stepsHeading: 'Hva gjør du videre?',
  minorHeading: 'Hvis personen kan være under 18 år',
  minorContact: 'Ring barnevernstjenesten i kommunen eller barnevernvakten. Du kan også ringe Alarmtelefonen for barn og unge:',
  alarmName: 'Alarmtelefonen for barn og unge',
  linksHeading: 'Les mer',
  dutyLink: 'Avvergingsplikt og meldeplikt til barnevernet: hvor melder du bekymringen?',
  rightsLink: 'Antatte ofres rettigheter',
  contactsLink: 'Instanser, hjelpetiltak og nettressurser',
  unknownIds: (ids: string) => `Ukjente indikatorer ble ignorert: ${ids}.`,
};
export type IndicatorChecklistStrings = typeof nb;

export const strings = localStrings('indicator-checklist', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
