import type { FooterStrings } from './strings.js';

export const en: FooterStrings = {
  source: 'Source',
  edition: 'edition',
  part: (parts) => `Part ${parts.join(', ')}`,
  unofficial: 'This English translation is unofficial. The Norwegian original is authoritative.',
  shortTitle: 'the KOM guide',
  unofficialShort: 'unofficial translation',
};
