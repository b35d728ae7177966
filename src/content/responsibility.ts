import * as z from 'zod/mini';
import type { Lang } from '../locale.js';
import { ProseSection } from './prose.js';
import { localized } from './store.js';
import nb from '../../content/nb/responsibility.json';

/** Del 3: the responsibility to identify victims, as running text. */
export const ResponsibilityFileSchema = z.strictObject({
  sections: z.array(ProseSection).check(z.minLength(1)),
});
export type ResponsibilityFile = z.infer<typeof ResponsibilityFileSchema>;

export function getResponsibility(lang: Lang = 'nb'): ResponsibilityFile {
  return localized('responsibility', lang, nb as ResponsibilityFile);
}
