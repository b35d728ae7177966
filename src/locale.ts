import { serverHostOf } from './prerender.js';

/**
 * A language the library ships: the registry's `languages` (src/widgets.json, read at run time
 * through src/widgets.ts; scripts/check-registry.js keeps this type equal to that list). nb is
 * the source and is in every bundle; the others load on first use.
 */
export type BuiltinLang = 'nb' | 'nn' | 'en';
/** A shipped language, or a code a host registered with registerLocale (e.g. "uk"). */
export type Lang = BuiltinLang | (string & {});

/**
 * The entry of a per-language table for `lang`: every table keyed by the shipped languages reads
 * through here, so a host language (registerLocale('uk', …), `data-mh-locale="uk"`) gets nb's
 * entry, like its missing UI strings, instead of undefined.
 */
export function byLang<T>(table: Readonly<Record<BuiltinLang, T>>, lang: Lang): T {
  return Object.hasOwn(table, lang) ? table[lang as BuiltinLang] : table.nb;
}

/**
 * The shipped languages other than nb, which load on first use. A table keyed by the type, so a
 * language added to BuiltinLang fails the typecheck until it is here; not read from the registry
 * at run time, which would put the registry's widget list into every page's shared chunk.
 */
const TRANSLATED: Readonly<Record<Exclude<BuiltinLang, 'nb'>, true>> = { nn: true, en: true };

/** Whether `code` (lower case) is a shipped language other than nb. */
export function isTranslatedLanguage(code: string): code is Exclude<BuiltinLang, 'nb'> {
  return Object.hasOwn(TRANSLATED, code);
}

const informed = new Set<string>();
/** Codes a host registered content or UI strings for, lower case. */
const hostLangs = new Set<string>();

/** Makes `code` a language widgets resolve to (called when a host registers a locale). */
export function addLanguage(code: string): void {
  hostLangs.add(code.trim().toLowerCase());
}

/** Whether `code` is a registered host language. */
export function isHostLanguage(code: string): boolean {
  return hostLangs.has(code);
}

/**
 * Maps a BCP 47 tag to a language: no, nb-NO → nb; another shipped language by its primary subtag
 * (nn-NO → nn, en-GB → en); a registered host code
 * (the whole tag, else its primary subtag: uk-UA → uk); else nb with one console.info.
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  const trimmed = (tag ?? '').trim();
  // No language tag is this long (BCP 47 tags are a few subtags): a huge value is not lower-cased
  // on every render of every widget.
  if (trimmed.length > MAX_TAG) return unsupported(`${trimmed.slice(0, MAX_TAG).toLowerCase()}…`);
  const value = trimmed.toLowerCase();
  if (value === '') return 'nb';
  const primary = value.split(/[-_]/)[0] ?? value;
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (isTranslatedLanguage(primary)) return primary;
  if (hostLangs.has(value)) return value;
  if (hostLangs.has(primary)) return primary;
  return unsupported(value);
}

const MAX_TAG = 64;

function unsupported(value: string): Lang {
  if (!informed.has(value)) {
    informed.add(value);
    console.info(`menneskehandel-widgets: language "${value}" is not supported; showing nb (bokmål).`);
  }
  return 'nb';
}

/**
 * The raw language tag that applies to `element`: its own `lang`, else the nearest ancestor's,
 * crossing shadow roots to their hosts, else `<html lang>`; null when none is set.
 */
export function findLangTag(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    // Duck-typed, not `instanceof Element`: server rendering (ssr.ts) has no Element global.
    if (typeof (node as Partial<Element>).getAttribute === 'function') {
      const tag = (node as Element).getAttribute('lang');
      if (tag) return tag;
    }
    const parent: Node | null = node.parentNode ?? serverHostOf(node) ?? null;
    node = typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

/** The language for `element`, following DESIGN.md's order, defaulting to nb. */
export function resolveLang(element: Element): Lang {
  return normalizeLang(findLangTag(element));
}
