import { localStrings } from '../../src/strings.js';

const nb = {
  navLabel: 'Deler av veilederen',
  part: (part: number) => `Del ${part}`,
  previous: 'Forrige del',
  next: 'Neste del',
};
export type GuideStrings = typeof nb;

export const strings = localStrings('guide', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
