import type { FooterStrings } from './strings.js';

export const nn: FooterStrings = {
  source: 'Kjelde',
  edition: 'utgåve',
  part: (parts) => `Del ${parts.join(', ')}`,
  unofficial: 'Nynorsk omsetjing er uoffisiell. Det er den bokmålske originalen som gjeld.',
  shortTitle: 'KOM-rettleiaren',
  unofficialShort: 'uoffisiell omsetjing',
};
