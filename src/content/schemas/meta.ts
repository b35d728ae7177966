/** zod schemas of content/nb/meta.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { Text } from './common.js';

export const MetaSchema = z.strictObject({
  title: Text,
  genre: Text,
  publisher: Text,
  publisherParent: Text,
  edition: z.string().check(z.regex(/^\d{4}$/)),
  editionText: Text,
  firstPublished: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  url: z.string().check(z.regex(/^https:\/\//)),
  urlLabel: Text,
  parts: z.array(
    z.strictObject({
      part: z.number().check(z.int(), z.gte(1), z.lte(8)),
      page: z.number().check(z.int(), z.gte(1)),
      title: Text,
    }),
  ),
});
export type Meta = z.infer<typeof MetaSchema>;
