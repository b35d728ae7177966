import { localStrings } from '../strings.js';

/**
 * The one wording of a notice about an attribute value a widget can not use (MhElement's
 * renderAttributeIssue): every widget says it the same way. `valid` is the list of accepted values.
 */
const nb = {
  invalid: (attribute: string, value: string, valid: string) => `Ugyldig verdi «${value}» i ${attribute}. Gyldige verdier: ${valid}.`,
  unknown: (attribute: string, values: string, valid: string) => `Ukjent verdi «${values}» i ${attribute} er utelatt. Gyldige verdier: ${valid}.`,
  link: (attribute: string, value: string) => `Lenken i ${attribute} («${value}») er ikke tillatt: bare https: eller en adresse på samme nettsted.`,
  /** After `link` when the widget has no other address to use. */
  leftOut: 'Lenken er utelatt.',
  /** After any of them when the widget uses another value instead. */
  using: (fallback: string) => `Bruker ${fallback}.`,
};
export type ProblemStrings = typeof nb;

export const strings = localStrings('problems', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
