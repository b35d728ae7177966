import { expect } from '@open-wc/testing';
import { UI_KEYS, stringLoaders } from '../../src/strings.js';
import { tablesOf, type Table, TRANSLATED_LANGUAGES } from './tables.js';

/** Differences in shape between nb and a translation: missing/extra keys, arity, list length. */
function shapeDiff(nb: unknown, other: unknown, path = ''): string[] {
  if (typeof nb === 'function') {
    if (typeof other !== 'function') return [`${path}: not a function`];
    return nb.length === other.length ? [] : [`${path}: takes ${other.length} argument(s), nb ${nb.length}`];
  }
  if (Array.isArray(nb)) {
    return Array.isArray(other) && other.length === nb.length ? [] : [`${path}: list length differs from nb (${nb.length})`];
  }
  if (nb && typeof nb === 'object') {
    if (!other || typeof other !== 'object') return [`${path}: not an object`];
    const a = nb as Table;
    const b = other as Table;
    return [
      ...Object.keys(a).flatMap((key) => (key in b ? shapeDiff(a[key], b[key], `${path}.${key}`) : [`${path}.${key}: missing`])),
      ...Object.keys(b).filter((key) => !(key in a)).map((key) => `${path}.${key}: not in nb`),
    ];
  }
  if (typeof nb === 'string') {
    // nb leaves a few strings empty on purpose; a translation may only be empty where nb is.
    return typeof other === 'string' && (other.trim() !== '' || nb === '') ? [] : [`${path}: empty or not a string`];
  }
  return [];
}

/** Sample arguments for a function string: numbers for counts, text for values. */
const SAMPLE_ARGS = [3, 'X1', 'X2', 'X3'];

describe('UI string parity (nb → nn, en)', () => {
  for (const key of UI_KEYS) {
    for (const lang of TRANSLATED_LANGUAGES) {
      it(`${key}: ${lang} has every nb key with the same shape`, () => {
        expect(shapeDiff(tablesOf(key).nb, tablesOf(key)[lang], key)).to.deep.equal([]);
      });

      it(`${key}: ${lang} functions use the same text arguments as nb`, () => {
        // A translation that drops a value (an attribute name, a count) hides it from the reader.
        const check = (nb: unknown, other: unknown, path: string): string[] => {
          if (typeof nb === 'function' && typeof other === 'function') {
            const args = SAMPLE_ARGS.slice(0, nb.length).map((arg, index) => (typeof arg === 'number' && index === 0 && nb.length > 1 ? `X0` : arg));
            let nbOut: string;
            let otherOut: string;
            try {
              nbOut = String(nb(...args));
              otherOut = String(other(...args));
            } catch {
              // Takes a list or an object (the footer's parts): the shape test covers it.
              return [];
            }
            return args.filter((arg) => typeof arg === 'string' && nbOut.includes(arg) && !otherOut.includes(arg)).map((arg) => `${path} drops ${arg}`);
          }
          if (nb && typeof nb === 'object' && !Array.isArray(nb) && other && typeof other === 'object') {
            return Object.keys(nb).flatMap((name) => check((nb as Table)[name], (other as Table)[name], `${path}.${name}`));
          }
          return [];
        };
        expect(check(tablesOf(key).nb, tablesOf(key)[lang], key)).to.deep.equal([]);
      });
    }
  }

  it('every widget key registers a loader per translated language that yields its table', async () => {
    for (const lang of TRANSLATED_LANGUAGES) {
      const loaders = stringLoaders(lang);
      expect([...loaders.keys()].sort(), lang).to.deep.equal([...UI_KEYS].sort());
      for (const key of UI_KEYS) expect(await loaders.get(key)!(), `${lang} ${key}`).to.equal(tablesOf(key)[lang]);
    }
  });
});
