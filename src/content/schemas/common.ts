/**
 * Building blocks shared by every content schema. Written with `zod/mini` so the same schemas can
 * validate host-supplied data at run time without pulling classic zod (≈16 KB brotli) into the bundle.
 */
import * as z from 'zod/mini';

/** Stable kebab-case id; public API (hosts and events use it), never renumber. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and single hyphens'));

/** Where in the guide a fact comes from: its part (Del 1–8) and, where known, the printed page. */
export const Source = z.strictObject({
  part: z.number().check(z.int(), z.gte(1), z.lte(8)),
  page: z.optional(z.number().check(z.int(), z.gte(1), z.lte(60))),
});
export type Source = z.infer<typeof Source>;

/**
 * The longest text a content or host string may have. The guide's longest paragraph is about
 * 1 000 characters; a 1 MB unbroken host string would take seconds to lay out (issue #21), so it is
 * refused and reported like any other invalid value.
 */
export const MAX_TEXT = 100_000;

/** Non-empty text with no leading or trailing white space, at most MAX_TEXT characters. */
export const Text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT), z.trim());

/**
 * Keys whose string (or string-array) values in `content/nb/` are quoted from the guide and must
 * match `content/source/` verbatim after whitespace normalisation and the listed errata.
 * Anything else (labels, short forms written by us) uses other keys, e.g. `short` or `label`.
 */
export const QUOTED_KEYS = [
  'text',
  'title',
  'name',
  'heading',
  'question',
  'followUps',
  'items',
  'description',
  'myth',
  'fact',
  'note',
] as const;

/** 3–8 digits: Norwegian short numbers (112, 02800, 116 111) and 8-digit subscriber numbers. */
export const PhoneNumber = z.string().check(z.regex(/^\d{3,8}$/, 'phone numbers are stored as digits only, e.g. "22331160" or "116111"'));
