import type { GuideStrings } from './strings.js';

export const en: GuideStrings = {
  navLabel: 'Parts of the guide',
  part: (part) => `Part ${part}`,
  previous: 'Previous part',
  next: 'Next part',
  badParts: (value, valid) => `Invalid parts in "${value}". Valid values: ${valid}. Showing all parts.`,
  badHeadingLevel: (value) => `Invalid heading-level "${value}". Valid values: 2, 3, 4, 5, 6. Using 2.`,
};
