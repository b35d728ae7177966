import { localStrings } from '../../src/strings.js';

const nb = {
  showPerson: 'Vis for personen',
  backToProfessional: 'Tilbake til fagversjonen',
  bodiesLabel: 'Hvem har ansvaret:',
  readMore: (heading: string) => `Les mer: ${heading}`,
  minorsHeading: 'Mindreårige',
  personHeading: 'Rettigheter og hjelp for deg',
  callHeading: 'Ring for å få hjelp',
  under18: 'Under 18 år',
  seeAlso: 'Nettside:',
  badVariant: (value: string, valid: string) => `Ukjent variant «${value}». Gyldige verdier: ${valid}. Viser fagversjonen.`,
  badAudience: (value: string, valid: string) =>
    `Ukjent målgruppe (audience) «${value}». Gyldige verdier: ${valid}. Viser rettighetene uten tillegg for mindreårige.`,
  badHeadingLevel: (value: string) => `Ugyldig overskriftsnivå (heading-level) «${value}». Gyldige verdier: 2–6. Bruker 2.`,
};
export type RightsListStrings = typeof nb;

export const strings = localStrings('rights-list', nb);
