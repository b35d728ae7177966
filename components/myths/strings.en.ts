import type { MythsStrings } from './strings.js';

export const en: MythsStrings = {
  myth: 'Myth',
  fact: 'Fact',
  showFact: 'Show the fact',
  listLabel: 'Myths and facts',
  factSource: (part) => `The guide, part ${part}`,
  badDisplay: (value) => `Unknown display "${value}". Valid values: list, reveal. Showing the list.`,
  badHeadingLevel: (value) => `Invalid heading level "${value}". Valid values: 2, 3, 4, 5, 6. Using 2.`,
};
