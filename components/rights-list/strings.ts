import { localStrings } from '../../src/strings.js';

const nb = {
  showPerson: 'Vis for personen',
  backToProfessional: 'Tilbake til fagversjonen',
  bodiesLabel: 'Hvem har ansvaret:',
  readMore: (heading: string) => `Les mer: ${heading}`,
  minorsHeading: 'Mindreårige',
  minorsLead: 'Gjelder bare personer under 18 år.',
  personHeading: 'Rettigheter og hjelp for deg',
  callHeading: 'Ring for å få hjelp',
  under18: 'Under 18 år',
  seeAlso: 'Nettside:',
};
export type RightsListStrings = typeof nb;

export const strings = localStrings('rights-list', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
