import type { MythsStrings } from './strings.js';

export const nn: MythsStrings = {
  myth: 'Myte',
  fact: 'Fakta',
  showFact: 'Vis fakta',
  listLabel: 'Mytar og fakta',
  factSource: (part) => `Rettleiaren, del ${part}`,
  badDisplay: (value) => `Ukjend vising «${value}». Gyldige verdiar: list, reveal. Viser lista.`,
  badHeadingLevel: (value) => `Ugyldig overskriftsnivå «${value}». Gyldige verdiar: 2, 3, 4, 5, 6. Brukar 2.`,
};
