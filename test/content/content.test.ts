import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CONTENT_SCHEMAS } from '../../src/content/registry.js';
import { QUOTED_KEYS } from '../../src/content/schemas/common.js';
import { loadSourceCorpus, normalizeSpace, type SourceCorpus } from './source-text.js';
import { VERSION } from '../../src/version.js';

const QUOTED = new Set<string>(QUOTED_KEYS);

interface Quote {
  path: string;
  text: string;
}

/** Every string (or string in an array) under a quoted key, with its JSON path for messages. */
function collectQuotes(value: unknown, path: string, out: Quote[], key = ''): void {
  if (typeof value === 'string') {
    if (QUOTED.has(key)) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectQuotes(item, `${path}[${index}]`, out, key));
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) collectQuotes(child, `${path}.${childKey}`, out, childKey);
  }
}

/** Every `id` under a list, so duplicates within a file can be found. */
function collectIds(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => collectIds(item, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') out.push(record.id);
    for (const child of Object.values(record)) collectIds(child, out);
  }
}

/** JSON is served as a module by the esbuild plugin (as the bundle sees it), so import it. */
async function loadJson(lang: string, file: string): Promise<unknown> {
  const module = (await import(lang === ".." ? `/${file}.json` : `/content/${lang}/${file}.json`)) as { default: unknown };
  return module.default;
}

describe('content (nb)', () => {
  let corpus: SourceCorpus;
  before(async () => {
    corpus = await loadSourceCorpus();
  });

  it('keeps src/version.ts equal to package.json', async () => {
    const pkg = (await loadJson('..', 'package')) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });

  it('has errata whose source text really occurs in the guide', () => {
    for (const erratum of corpus.errata) {
      expect(corpus.raw, `erratum ${erratum.id}`).to.include(normalizeSpace(erratum.source));
      expect(erratum.reason.length, `erratum ${erratum.id} needs a reason`).to.be.greaterThan(5);
    }
  });

  for (const [file, schema] of Object.entries(CONTENT_SCHEMAS)) {
    describe(`content/nb/${file}.json`, () => {
      let data: unknown;
      before(async () => {
        data = await loadJson('nb', file);
      });

      it('matches its schema', () => {
        const result = z.safeParse(schema, data);
        const problems = result.success
          ? []
          : result.error.issues.map((issue) => `content/nb/${file}.json at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        expect(problems).to.deep.equal([]);
      });

      it('has unique ids', () => {
        const ids: string[] = [];
        collectIds(data, ids);
        const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
        expect(duplicates, `duplicate ids in ${file}.json`).to.deep.equal([]);
      });

      it('quotes the guide verbatim', () => {
        const quotes: Quote[] = [];
        collectQuotes(data, file, quotes);
        const missing = quotes
          .filter((quote) => !corpus.corrected.includes(normalizeSpace(quote.text)))
          .map((quote) => `${quote.path}: «${quote.text}»`);
        expect(missing, 'quoted strings not found in content/source (after ERRATA.md)').to.deep.equal([]);
      });
    });
  }
});
