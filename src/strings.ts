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
  'quick-exit',
  'reporting-duty',
  'rights-list',
] as const;
export type UiKey = (typeof UI_KEYS)[number];

interface Registered {
  table: Record<string, unknown>;
  /** Host tables come as JSON: functions are "{0}" templates and every value is checked against nb. */
  host: boolean;
}

const tables = new Map<string, Map<string, Registered>>();
/** Merged tables, per language and key; cleared when a table is registered. */
const merged = new Map<string, WeakMap<object, unknown>>();
const reported = new Set<string>();

export function registerStrings(lang: string, key: string, table: object, host = false): void {
  lang = lang.trim().toLowerCase();
  if (lang !== 'nn' && lang !== 'en') addLanguage(lang);
  let byKey = tables.get(lang);
  if (!byKey) tables.set(lang, (byKey = new Map()));
  byKey.set(key, { table: table as Record<string, unknown>, host });
  merged.delete(`${lang}\n${key}`);
  notifyLocaleChange();
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
  const result = mergeTable(nb as Record<string, unknown>, entry.table, entry.host, '', missing, invalid) as T;
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

function mergeTable(nb: Record<string, unknown>, table: Record<string, unknown>, host: boolean, path: string, missing: string[], invalid: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, nbValue] of Object.entries(nb)) {
    const where = path + name;
    if (!(name in table) || table[name] === undefined) {
      missing.push(where);
      out[name] = nbValue;
      continue;
    }
    const value = table[name];
    const checked = host ? hostValue(nbValue, value, where, missing, invalid) : value;
    out[name] = checked === undefined ? nbValue : checked;
  }
  if (host) {
    for (const name of Object.keys(table)) if (!(name in nb)) invalid.push(`${path}${name} is not a known string`);
  }
  return out;
}

/** A host value in the shape of the nb value, or undefined (with a note) when it does not fit. */
function hostValue(nbValue: unknown, value: unknown, where: string, missing: string[], invalid: string[]): unknown {
  if (typeof nbValue === 'string') {
    if (typeof value === 'string') return value;
    invalid.push(`${where} must be a string`);
    return undefined;
  }
  if (typeof nbValue === 'function') {
    if (typeof value !== 'string') {
      invalid.push(`${where} must be a string with placeholders {0}…{${nbValue.length - 1}}`);
      return undefined;
    }
    const used = [...value.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
    const bad = used.filter((index) => index >= nbValue.length);
    if (bad.length) {
      invalid.push(`${where} uses {${bad[0]}}, but only {0}…{${nbValue.length - 1}} exist`);
      return undefined;
    }
    return (...args: unknown[]) => value.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));
  }
  if (Array.isArray(nbValue)) {
    if (Array.isArray(value) && value.length === nbValue.length && value.every((item) => typeof item === 'string')) return value;
    invalid.push(`${where} must be a list of ${nbValue.length} strings`);
    return undefined;
  }
  if (nbValue && typeof nbValue === 'object') {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return mergeTable(nbValue as Record<string, unknown>, value as Record<string, unknown>, true, `${where}.`, missing, invalid);
    }
    invalid.push(`${where} must be an object`);
    return undefined;
  }
  return undefined;
}
