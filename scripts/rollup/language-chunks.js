// Rollup `manualChunks`: one chunk per translated built-in language (the registry's languages but
// nb), holding its content (locales/<lang>.ts and content/<lang>/*.json) and every widget's
// strings.<lang>.ts, which each widget's strings module imports on first use (src/strings.ts).
// Data only, so a page in en fetches one file for all its widgets, and the chunk can not import
// the entry script.
import { LAZY_LANGUAGES } from '../registry.js';

const LANGS = LAZY_LANGUAGES.join('|');
const LANGUAGE_MODULE = new RegExp(`/(?:strings\\.(${LANGS})\\.ts|locales/(${LANGS})\\.ts|content/(${LANGS})/[^/]+\\.json)$`);

/** The language chunk a module belongs to, or undefined. */
export function languageChunk(id) {
  const match = LANGUAGE_MODULE.exec(id);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Output chunk names in cdn/: a language chunk keeps its name (nn-…, en-…) so a network log tells them apart. */
export const isLanguageChunk = (name) => LAZY_LANGUAGES.includes(name);
