import type { Lang } from '../../src/locale.js';

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

const nn: MythsStrings = {
  myth: 'Myte',
  fact: 'Fakta',
  showFact: 'Vis fakta',
  listLabel: 'Mytar og fakta',
  factSource: (part) => `Rettleiaren, del ${part}`,
  badDisplay: (value) => `Ukjend vising «${value}». Gyldige verdiar: list, reveal. Viser lista.`,
  badHeadingLevel: (value) => `Ugyldig overskriftsnivå «${value}». Gyldige verdiar: 2, 3, 4, 5, 6. Brukar 2.`,
};

const en: MythsStrings = {
  myth: 'Myth',
  fact: 'Fact',
  showFact: 'Show the fact',
  listLabel: 'Myths and facts',
  factSource: (part) => `The guide, part ${part}`,
  badDisplay: (value) => `Unknown display "${value}". Valid values: list, reveal. Showing the list.`,
  badHeadingLevel: (value) => `Invalid heading level "${value}". Valid values: 2, 3, 4, 5, 6. Using 2.`,
};

export const strings: Record<Lang, MythsStrings> = { nb, nn, en };
