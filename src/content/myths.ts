import * as z from 'zod/mini';
import type { Lang } from '../locale.js';
import { Id, Source, Text } from './common.js';
import { localized } from './store.js';
import nb from '../../content/nb/myths.json';

/** A lead shared by several myths ("Personen er ikke et offer for menneskehandel når vedkommende"). */
export const MythGroup = z.strictObject({ id: Id, text: Text, source: Source });
export type MythGroup = z.infer<typeof MythGroup>;

/**
 * One myth and the guide's own answer to it. `fact` (and `items`, a list that follows it) is a
 * verbatim quote from elsewhere in the guide; `factSource` is the part it is quoted from.
 */
export const Myth = z.strictObject({
  id: Id,
  group: z.optional(Id),
  myth: Text,
  source: Source,
  fact: Text,
  items: z.optional(z.array(Text).check(z.minLength(1))),
  factSource: Source,
});
export type Myth = z.infer<typeof Myth>;

export const MythsFileSchema = z.strictObject({
  heading: Text,
  intro: z.strictObject({ text: Text, source: Source }),
  groups: z.array(MythGroup),
  myths: z.array(Myth).check(z.minLength(1)),
});
export type MythsFile = z.infer<typeof MythsFileSchema>;

export function getMyths(lang: Lang = 'nb'): MythsFile {
  return localized('myths', lang, nb as MythsFile);
}

/** The myth as one statement: a grouped myth is read with its group's lead. */
export function mythStatement(file: MythsFile, myth: Myth): string {
  const lead = myth.group ? file.groups.find((group) => group.id === myth.group)?.text : undefined;
  return lead ? `${lead} ${myth.myth}` : myth.myth;
}
