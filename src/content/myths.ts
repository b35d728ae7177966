import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/myths.json';
import type { Myth, MythsFile } from './schemas/myths.js';
export type { MythGroup, Myth, MythsFile } from './schemas/myths.js';

export function getMyths(lang: Lang = 'nb'): MythsFile {
  return localized('myths', lang, nb as MythsFile);
}

/** The myth as one statement: a grouped myth is read with its group's lead. */
export function mythStatement(file: MythsFile, myth: Myth): string {
  const lead = myth.group ? file.groups.find((group) => group.id === myth.group)?.text : undefined;
  return lead ? `${lead} ${myth.myth}` : myth.myth;
}
