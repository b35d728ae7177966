import * as z from 'zod/mini';
import type { Lang } from '../locale.js';
import { Text } from './common.js';
import { localized } from './store.js';
import nb from '../../content/nb/meta.json';

export const MetaSchema = z.strictObject({
  title: Text,
  kind: Text,
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

export function getMeta(lang: Lang = 'nb'): Meta {
  return localized('meta', lang, nb as Meta);
}
