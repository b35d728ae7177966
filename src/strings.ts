/**
 * UI strings per widget and language. nb ships inside each widget; every widget's strings.ts
 * registers, with its nb table, how to load its other built-in languages (`localStrings`), so the
 * core never imports a widget. A host may register its own language. A table registered for a
 * language is merged over nb key by key, so a missing or unusable string shows in nb.
 */
import { notifyLocaleChange } from './content/store.js';
import { addLanguage, isTranslatedLanguage, type BuiltinLang } from './locale.js';

/** Every key a locale's `ui` may name (one per strings table): the registry's (src/widgets.json). */
export { UI_STRING_KEYS as UI_KEYS } from './widgets.js';
export type UiKey = string;

/** A built-in language other than nb: its strings load on first use. */
export type TranslatedLang = Exclude<BuiltinLang, 'nb'>;

/** How a widget loads its table in each translated language: `{ nn: () => import('./strings.nn.js'), … }`. */
export type StringLoaders<T> = Record<TranslatedLang, () => Promise<Partial<Record<TranslatedLang, T>>>>;

/** Loaders per language and key, registered by each strings module when it runs. */
const loaders = new Map<string, Map<string, () => Promise<object | undefined>>>();
const loaderListeners = new Set<(lang: string, key: string, load: () => Promise<object | undefined>) => void>();

/** The registered loaders of `lang`'s tables, by key. */
export function stringLoaders(lang: string): ReadonlyMap<string, () => Promise<object | undefined>> {
  return loaders.get(lang) ?? new Map();
}

/** Calls `listener` for every loader registered from now on (a widget module that loads after its language was asked for). */
export function onStringLoader(listener: (lang: string, key: string, load: () => Promise<object | undefined>) => void): void {
  loaderListeners.add(listener);
}
/** Merges a host table over nb, checking each value (src/host-locale.ts, loaded with the host data). */
export type HostMerge = (nb: Record<string, unknown>, table: Record<string, unknown>, path: string, missing: string[], invalid: string[]) => Record<string, unknown>;

interface Registered {
  table: Record<string, unknown>;
  /** Host tables come as JSON: functions are "{0}" templates and every value is checked against nb. */
  host?: HostMerge;
}

const tables = new Map<string, Map<string, Registered>>();
/** Merged tables, per language and key; cleared when a table is registered. */
const merged = new Map<string, WeakMap<object, unknown>>();
const reported = new Set<string>();

export function registerStrings(lang: string, key: string, table: object, host?: HostMerge): void {
  lang = lang.trim().toLowerCase();
  if (!isTranslatedLanguage(lang)) addLanguage(lang);
  let byKey = tables.get(lang);
  if (!byKey) tables.set(lang, (byKey = new Map()));
  byKey.set(key, { table: table as Record<string, unknown>, host });
  merged.delete(`${lang}\n${key}`);
  notifyLocaleChange();
}

/** Whether `lang` has a UI table of its own for widget `key` (else its strings are nb's). */
export function hasStringsFor(lang: string, key: string): boolean {
  return lang === 'nb' || Boolean(tables.get(lang)?.has(key));
}

/** Whether any UI table is registered for `lang`. */
export function hasStrings(lang: string): boolean {
  return tables.has(lang);
}

/**
 * The `key` table in `lang`: the registered table merged over `nb`, or `nb` itself. Missing
 * strings are reported once per language and key with console.info, unusable ones with
 * console.warn; both fall back to nb per item.
 */
export function stringsFor<T extends object>(key: string, lang: string, nb: T): T {
  if (lang === 'nb') return nb;
  const entry = tables.get(lang)?.get(key);
  if (!entry) return nb;
  const cacheKey = `${lang}\n${key}`;
  let cache = merged.get(cacheKey);
  if (!cache) merged.set(cacheKey, (cache = new WeakMap()));
  const cached = cache.get(nb);
  if (cached) return cached as T;
  const missing: string[] = [];
  const invalid: string[] = [];
  const result = (entry.host ? entry.host(nb as Record<string, unknown>, entry.table, '', missing, invalid) : mergeTable(nb as Record<string, unknown>, entry.table, missing)) as T;
  cache.set(nb, result);
  const id = `${lang}\n${key}`;
  if (!reported.has(id)) {
    reported.add(id);
    if (missing.length) {
      console.info(`menneskehandel-widgets: locale "${lang}" has no UI string for ${key}: ${missing.join(', ')}; showing nb (bokmål) for these.`);
    }
    if (invalid.length) {
      console.warn(`menneskehandel-widgets: locale "${lang}", ui.${key}: ${invalid.join('; ')}. Showing nb (bokmål) for these.`);
    }
  }
  return result;
}

/**
 * Registers the `key` table: nb, and a loader per translated language. Returns `(lang) => table`,
 * what a widget's strings.ts exports, so widgets read `strings(this.language)`.
 */
export function localStrings<T extends object>(key: UiKey, nb: T, translations: StringLoaders<T>): (lang: string) => T {
  for (const [lang, load] of Object.entries(translations) as [TranslatedLang, StringLoaders<T>[TranslatedLang]][]) {
    const table = () => load().then((module) => module[lang]);
    let byKey = loaders.get(lang);
    if (!byKey) loaders.set(lang, (byKey = new Map()));
    byKey.set(key, table);
    for (const listener of loaderListeners) listener(lang, key, table);
  }
  return (lang) => stringsFor(key, lang, nb);
}

/** nn/en tables: registered strings over nb, missing ones listed and shown in nb. */
function mergeTable(nb: Record<string, unknown>, table: Record<string, unknown>, missing: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, nbValue] of Object.entries(nb)) {
    if (!(name in table) || table[name] === undefined) {
      missing.push(name);
      out[name] = nbValue;
    } else out[name] = table[name];
  }
  return out;
}
