import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/law.json';
import type { LawLetter, PurposesBlock, LawFile } from './schemas/law.js';
export type { LawLetter, LawLedd, Statute, PurposesBlock, DefinitionBlock, LawFile } from './schemas/law.js';

export function getLaw(lang: Lang = 'nb'): LawFile {
  return localized('law', lang, nb as LawFile);
}

/** The lettered items a purposes block points to (§ 257 first paragraph a–d); empty if not found. */
export function purposesOf(law: LawFile, block: PurposesBlock): LawLetter[] {
  const statute = law.penalCode.statutes.find((candidate) => candidate.id === block.statute);
  return statute?.ledd[block.ledd - 1]?.items ?? [];
}
