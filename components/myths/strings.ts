import { localStrings } from '../../src/strings.js';

const nb = {
  myth: 'Myte',
  fact: 'Fakta',
  showFact: 'Vis fakta',
  listLabel: 'Myter og fakta',
  factSource: (part: number) => `Veilederen, del ${part}`,
};
export type MythsStrings = typeof nb;

export const strings = localStrings('myths', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
