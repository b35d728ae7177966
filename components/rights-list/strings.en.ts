import type { RightsListStrings } from './strings.js';

export const en: RightsListStrings = {
  showPerson: 'Show to the person',
  backToProfessional: 'Back to the professional version',
  bodiesLabel: 'Who is responsible:',
  readMore: (heading) => `Read more: ${heading}`,
  minorsHeading: 'Minors (mindreårige)',
  personHeading: 'Your rights and where to get help',
  callHeading: 'Call for help',
  under18: 'Under 18',
  seeAlso: 'Website:',
  badVariant: (value, valid) => `Unknown variant "${value}". Valid values: ${valid}. Showing the professional version.`,
  badAudience: (value, valid) => `Unknown audience "${value}". Valid values: ${valid}. Showing the rights without the additions for minors.`,
  badHeadingLevel: (value) => `Invalid heading-level "${value}". Valid values: 2–6. Using 2.`,
};
