import type { MythsStrings } from './strings.js';

export const nn: MythsStrings = {
  myth: 'Myte',
  fact: 'Fakta',
  showFact: 'Vis fakta',
  listLabel: 'Mytar og fakta',
  factSource: (part) => `Rettleiaren, del ${part}`,
};
