/** zod schemas of content/nb/myths.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { Id, Source, Text } from './common.js';

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
  /**
   * Why this fact answers this myth (editors' note, English, not rendered; the same in every
   * language). Required reading before a fact is re-chosen.
   */
  rationale: z.optional(Text),
});
export type Myth = z.infer<typeof Myth>;

export const MythsFileSchema = z.strictObject({
  heading: Text,
  intro: z.strictObject({ text: Text, source: Source }),
  groups: z.array(MythGroup),
  myths: z.array(Myth).check(z.minLength(1)),
});
export type MythsFile = z.infer<typeof MythsFileSchema>;
