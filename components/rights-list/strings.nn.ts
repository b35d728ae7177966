import type { RightsListStrings } from './strings.js';

export const nn: RightsListStrings = {
  showPerson: 'Vis for personen',
  backToProfessional: 'Tilbake til fagversjonen',
  bodiesLabel: 'Kven har ansvaret:',
  readMore: (heading) => `Les meir: ${heading}`,
  minorsHeading: 'Mindreårige',
  minorsLead: 'Gjeld berre personar under 18 år.',
  personHeading: 'Rettar og hjelp for deg',
  callHeading: 'Ring for å få hjelp',
  under18: 'Under 18 år',
  seeAlso: 'Nettside:',
};
