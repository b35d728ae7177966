import type { RightsListStrings } from './strings.js';

export const en: RightsListStrings = {
  showPerson: 'Show to the person',
  backToProfessional: 'Back to the professional version',
  bodiesLabel: 'Who is responsible:',
  readMore: (heading) => `Read more: ${heading}`,
  minorsHeading: 'Minors (mindreårige)',
  minorsLead: 'Applies only to people under 18.',
  personHeading: 'Your rights and where to get help',
  callHeading: 'Call for help',
  under18: 'Under 18',
  seeAlso: 'Website:',
};
