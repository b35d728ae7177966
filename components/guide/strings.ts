import { localStrings } from '../../src/strings.js';

const nb = {
  navLabel: 'Deler av veilederen',
  part: (part: number) => `Del ${part}`,
  previous: 'Forrige del',
  next: 'Neste del',
  badParts: (value: string, valid: string) => `Ugyldige deler i «${value}». Gyldige verdier: ${valid}. Viser alle delene.`,
  badHeadingLevel: (value: string) => `Ugyldig overskriftsnivå (heading-level) «${value}». Gyldige verdier: 2, 3, 4, 5, 6. Bruker 2.`,
};
export type GuideStrings = typeof nb;

export const strings = localStrings('guide', nb);
