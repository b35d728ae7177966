import type { MythsStrings } from './strings.js';

export const en: MythsStrings = {
  myth: 'Myth',
  fact: 'Fact',
  showFact: 'Show the fact',
  listLabel: 'Myths and facts',
  factSource: (part) => `The guide, part ${part}`,
};
