import type { ProblemStrings } from './strings.js';

export const en: ProblemStrings = {
  invalid: (attribute, value, valid) => `Invalid value "${value}" in ${attribute}. Valid values: ${valid}.`,
  unknown: (attribute, values, valid) => `Unknown value "${values}" in ${attribute} is left out. Valid values: ${valid}.`,
  link: (attribute, value) => `The link in ${attribute} ("${value}") is not allowed: only https: or an address on the same site.`,
  leftOut: 'The link is left out.',
  using: (fallback) => `Using ${fallback}.`,
};
