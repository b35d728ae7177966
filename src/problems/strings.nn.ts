import type { ProblemStrings } from './strings.js';

export const nn: ProblemStrings = {
  invalid: (attribute, value, valid) => `Ugyldig verdi «${value}» i ${attribute}. Gyldige verdiar: ${valid}.`,
  unknown: (attribute, values, valid) => `Ukjend verdi «${values}» i ${attribute} er utelaten. Gyldige verdiar: ${valid}.`,
  link: (attribute, value) => `Lenkja i ${attribute} («${value}») er ikkje tillaten: berre https: eller ei adresse på same nettstad.`,
  leftOut: 'Lenkja er utelaten.',
  using: (fallback) => `Brukar ${fallback}.`,
};
