/** zod schemas of content/nb/law.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { Id, Source, Text } from './common.js';
import { ProseBlock, ProseSection } from './prose.js';

/** A lettered item of a statute paragraph ("a) prostitusjon eller andre seksuelle ytelser,"). */
export const LawLetter = z.strictObject({
  letter: z.string().check(z.regex(/^[a-z]$/, 'one lower-case letter')),
  text: Text,
});
export type LawLetter = z.infer<typeof LawLetter>;

/** One paragraph (ledd) of a statute: its text, optional lettered items and the words after them. */
export const LawLedd = z.strictObject({
  text: Text,
  items: z.optional(z.array(LawLetter).check(z.minLength(1))),
  closing: z.optional(z.strictObject({ text: Text })),
});
export type LawLedd = z.infer<typeof LawLedd>;

/** A section of the Penal Code as the guide prints it (§§ 257 and 258). */
export const Statute = z.strictObject({
  id: Id,
  section: z.number().check(z.int()),
  title: Text,
  source: Source,
  ledd: z.array(LawLedd).check(z.minLength(1)),
});
export type Statute = z.infer<typeof Statute>;

/**
 * The definition's list of purposes was lost in extraction after "… tvinger, utnytter eller
 * forleder noen til:". Its content is § 257 first paragraph a–d, so the block points there
 * instead of repeating (or reconstructing) the list.
 */
export const PurposesBlock = z.strictObject({
  kind: z.literal('purposes'),
  text: Text,
  statute: Id,
  ledd: z.number().check(z.int(), z.gte(1)),
});
export type PurposesBlock = z.infer<typeof PurposesBlock>;

export const DefinitionBlock = z.union([ProseBlock, PurposesBlock]);
export type DefinitionBlock = z.infer<typeof DefinitionBlock>;

/** Del 2: the definition, §§ 257–258, the concept clarifications and the figures. */
export const LawFileSchema = z.strictObject({
  definition: z.strictObject({ id: Id, source: Source, blocks: z.array(DefinitionBlock).check(z.minLength(1)) }),
  penalCode: z.strictObject({ id: Id, heading: Text, source: Source, text: Text, statutes: z.array(Statute).check(z.minLength(1)) }),
  concepts: z.strictObject({ id: Id, heading: Text, source: Source, text: Text, sections: z.array(ProseSection).check(z.minLength(1)) }),
  figures: z.strictObject({
    id: Id,
    heading: Text,
    source: Source,
    blocks: z.array(ProseBlock),
    /** KOM's estimate; `figure` and `period` are the parts of `text` a widget may emphasise. */
    estimate: z.strictObject({ text: Text, figure: Text, period: Text }),
    notes: z.array(ProseBlock),
  }),
});
export type LawFile = z.infer<typeof LawFileSchema>;
