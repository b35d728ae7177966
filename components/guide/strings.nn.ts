import type { GuideStrings } from './strings.js';

export const nn: GuideStrings = {
  navLabel: 'Delar av rettleiaren',
  part: (part) => `Del ${part}`,
  previous: 'Førre del',
  next: 'Neste del',
  badParts: (value, valid) => `Ugyldige delar i «${value}». Gyldige verdiar: ${valid}. Viser alle delane.`,
  badHeadingLevel: (value) => `Ugyldig overskriftsnivå (heading-level) «${value}». Gyldige verdiar: 2, 3, 4, 5, 6. Brukar 2.`,
};
