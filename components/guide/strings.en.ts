import type { GuideStrings } from './strings.js';

export const en: GuideStrings = {
  navLabel: 'Parts of the guide',
  part: (part) => `Part ${part}`,
  previous: 'Previous part',
  next: 'Next part',
};
