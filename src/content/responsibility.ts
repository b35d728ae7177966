import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/responsibility.json';
import type { ResponsibilityFile } from './schemas/responsibility.js';
export type { ResponsibilityFile } from './schemas/responsibility.js';

export function getResponsibility(lang: Lang = 'nb'): ResponsibilityFile {
  return localized('responsibility', lang, nb as ResponsibilityFile);
}
