/** A generic section of the guide's running text: paragraphs, lists and quotations, in order. */
import * as z from 'zod/mini';
import { Id, Source, Text } from './common.js';

export const ProseBlock = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: Text }),
  z.strictObject({ kind: z.literal('list'), text: z.optional(Text), items: z.array(Text).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal('quote'), text: Text, note: z.optional(Text) }),
]);
export type ProseBlock = z.infer<typeof ProseBlock>;

export const ProseSection = z.strictObject({
  id: Id,
  heading: z.optional(Text),
  source: Source,
  blocks: z.array(ProseBlock).check(z.minLength(1)),
});
export type ProseSection = z.infer<typeof ProseSection>;
