/** Del 5 and 7: the rights of presumed victims, who is responsible, and information for the person. */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/rights.json';
import type { RightsAudience, RightsFile } from './schemas/rights.js';
export type {
  PersonItem,
  Right,
  RightsAudience,
  RightsBlock,
  RightsBody,
  RightsFile,
  RightsLink,
  RightsPhone,
  RightsSection,
  RightsSeeAlso,
} from './schemas/rights.js';

export function getRights(lang: Lang = 'nb'): RightsFile {
  return localized('rights', lang, nb as RightsFile);
}

/** Whether content marked for `audience` is shown to a reader in `current` (unmarked: always). */
export function forAudience(audience: RightsAudience | undefined, current: RightsAudience): boolean {
  return audience === undefined || audience === current;
}
