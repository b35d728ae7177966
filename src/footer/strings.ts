import { localStrings } from '../strings.js';

const nb = {
  source: 'Kilde',
  edition: 'utgave',
  part: (parts: readonly number[]) => `Del ${parts.join(', ')}`,
  /** Shown for every language but nb, so a host locale without this string still says it. */
  unofficial: 'Oversettelsen er uoffisiell. Det er den bokmålske originalen som gjelder.',
  /** The compact footer's short name of the guide (own wording, not a quote). */
  shortTitle: 'KOM-veilederen',
  /** The compact footer's marking of a translation. */
  unofficialShort: 'uoffisiell oversettelse',
};
export type FooterStrings = typeof nb;

export const strings = localStrings('footer', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
