import type { Lang } from '../../src/locale.js';

const nb = {
  navLabel: 'Deler av veilederen',
  part: (part: number) => `Del ${part}`,
  previous: 'Forrige del',
  next: 'Neste del',
  badParts: (value: string, valid: string) => `Ugyldige deler i «${value}». Gyldige verdier: ${valid}. Viser alle delene.`,
};
export type GuideStrings = typeof nb;

const nn: GuideStrings = {
  navLabel: 'Delar av rettleiaren',
  part: (part) => `Del ${part}`,
  previous: 'Førre del',
  next: 'Neste del',
  badParts: (value, valid) => `Ugyldige delar i «${value}». Gyldige verdiar: ${valid}. Viser alle delane.`,
};

const en: GuideStrings = {
  navLabel: 'Parts of the guide',
  part: (part) => `Part ${part}`,
  previous: 'Previous part',
  next: 'Next part',
  badParts: (value, valid) => `Invalid parts in "${value}". Valid values: ${valid}. Showing all parts.`,
};

export const strings: Record<Lang, GuideStrings> = { nb, nn, en };
