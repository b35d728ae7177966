import type { ContactListStrings } from './strings.js';

export const en: ContactListStrings = {
  emergencyHeading: 'Emergency numbers',
  localHeading: 'Local contacts',
  selectedHeading: 'Contacts',
  searchLabel: 'Search by contact or need',
  hits: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),
  noMatch: 'No contacts match the selection.',
  badHostEntry: (entry, field) => `A local contact was not shown: ${entry}, the field “${field}” is invalid.`,
  badHostData: 'The local contacts could not be read.',
  needs: {
    acute: 'urgent help',
    housing: 'housing',
    legal: 'legal help',
    health: 'health care',
    work: 'work',
    return: 'return',
    advice: 'advice and guidance',
  },
};
