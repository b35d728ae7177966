import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/meta.json';
import type { Meta } from './schemas/meta.js';
export type { Meta } from './schemas/meta.js';

export function getMeta(lang: Lang = 'nb'): Meta {
  return localized('meta', lang, nb as Meta);
}
