import type { GuideStrings } from './strings.js';

export const nn: GuideStrings = {
  navLabel: 'Delar av rettleiaren',
  part: (part) => `Del ${part}`,
  previous: 'Førre del',
  next: 'Neste del',
};
