import { localStrings } from '../../src/strings.js';

const nb = {
  myth: 'Myte',
  fact: 'Fakta',
  showFact: 'Vis fakta',
  listLabel: 'Myter og fakta',
  factSource: (part: number) => `Veilederen, del ${part}`,
  badDisplay: (value: string) => `Ukjent visning «${value}». Gyldige verdier: list, reveal. Viser listen.`,
  badHeadingLevel: (value: string) => `Ugyldig overskriftsnivå «${value}». Gyldige verdier: 2, 3, 4, 5, 6. Bruker 2.`,
};
export type MythsStrings = typeof nb;

export const strings = localStrings('myths', nb);
