/** Del 1 of the guide: the introduction (KOM, the guide, the low threshold for assistance). */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/intro.json';
import type { IntroFile } from './schemas/intro.js';
import type { ProseSection } from './schemas/prose.js';
export type { IntroFile } from './schemas/intro.js';

export function getIntro(lang: Lang = 'nb'): IntroFile {
  return localized('intro', lang, nb as IntroFile);
}

/**
 * Del 1's low threshold: «Dersom myndighetene har rimelig grunn til å tro …, har personen rett til
 * bistand og beskyttelse …». A section of its own so a widget about rights can show it.
 */
export function getLowThreshold(lang: Lang = 'nb'): ProseSection | undefined {
  return getIntro(lang).sections.find((section) => section.id === 'low-threshold');
}
