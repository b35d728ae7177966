/**
 * UI strings per widget and language. nb ships inside each widget; nn and en arrive with their
 * locale chunk (locales/<lang>.ts) and a host may register its own language. A table registered
 * for a language is merged over nb key by key, so a missing or unusable string shows in nb.
 */
import { notifyLocaleChange } from './content/store.js';
import { addLanguage } from './locale.js';

/** Widget keys a locale's `ui` may name (one per strings table). */
export const UI_KEYS = [
  'contact',
  'contact-list',
  'conversation-guide',
  'footer',
  'guide',
  'indicator-checklist',
  'myths',
  'problems',
  'quick-exit',
  'reporting-duty',
  'rights-list',
] as const;
export type UiKey = (typeof UI_KEYS)[number];

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
  if (lang !== 'nn' && lang !== 'en') addLanguage(lang);
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

/** `(lang) => table`: what a widget's strings.ts exports, so widgets read `strings(this.language)`. */
export function localStrings<T extends object>(key: UiKey, nb: T): (lang: string) => T {
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
