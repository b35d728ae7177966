import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CONTENT_SCHEMAS } from '../../src/content/registry.js';
import { BUILTIN_LANGUAGES } from '../../src/widgets.js';

/**
 * nn and en are translations of nb: the same files, the same structure and the same ids, so a
 * widget can show any language and a host can rely on ids in every language. Values that are
 * not prose (ids, numbers, e-mails, addresses, enums) must be identical.
 */
const TRANSLATIONS = BUILTIN_LANGUAGES.filter((lang) => lang !== 'nb');

/** Keys whose values are prose and are expected to differ between languages. */
const PROSE_KEYS = new Set([
  'text', 'title', 'name', 'heading', 'question', 'followUps', 'items', 'description', 'myth', 'fact', 'note',
  'short', 'label', 'genre', 'publisher', 'publisherParent', 'editionText', 'urlLabel', 'figure', 'period',
]);

async function load(lang: string, file: string): Promise<unknown | undefined> {
  try {
    const module = (await import(`/content/${lang}/${file}.json`)) as { default: unknown };
    return module.default;
  } catch {
    return undefined;
  }
}

/** Lists structural differences: missing/extra keys, array lengths, and changed non-prose values. */
function compare(nb: unknown, other: unknown, path: string, key: string, out: string[]): void {
  if (Array.isArray(nb)) {
    if (!Array.isArray(other)) return void out.push(`${path}: expected an array`);
    if (nb.length !== other.length) out.push(`${path}: ${other.length} items, nb has ${nb.length}`);
    nb.forEach((item, index) => compare(item, other[index], `${path}[${index}]`, key, out));
  } else if (nb && typeof nb === 'object') {
    if (!other || typeof other !== 'object' || Array.isArray(other)) return void out.push(`${path}: expected an object`);
    const nbKeys = Object.keys(nb).sort().join(',');
    const otherKeys = Object.keys(other).sort().join(',');
    if (nbKeys !== otherKeys) out.push(`${path}: keys ${otherKeys} differ from nb's ${nbKeys}`);
    for (const [childKey, value] of Object.entries(nb)) {
      compare(value, (other as Record<string, unknown>)[childKey], `${path}.${childKey}`, childKey, out);
    }
  } else if (typeof nb === 'string' && PROSE_KEYS.has(key)) {
    if (typeof other !== 'string' || other.trim() === '') out.push(`${path}: missing translation`);
  } else if (nb !== other) {
    out.push(`${path}: ${JSON.stringify(other)} must equal nb's ${JSON.stringify(nb)} (not prose)`);
  }
}

describe(`content translations (${TRANSLATIONS.join(', ')})`, () => {
  for (const lang of TRANSLATIONS) {
    for (const [file, schema] of Object.entries(CONTENT_SCHEMAS)) {
      it(`content/${lang}/${file}.json matches its schema and nb's structure and ids`, async () => {
        const [nb, translated] = await Promise.all([load('nb', file), load(lang, file)]);
        expect(translated, `content/${lang}/${file}.json is missing`).to.not.equal(undefined);
        const result = z.safeParse(schema, translated);
        const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        compare(nb, translated, file, '', problems);
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
