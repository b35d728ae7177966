/**
 * The checks for a language a host registers (registerLocale, `<script data-mh-locale>`). Loaded
 * with a dynamic import only when a page registers one, so widgets do not carry it. Pure: it
 * imports no shared state (it would be a second copy in a lazy chunk); src/i18n.ts registers
 * what it returns.
 */
// The registry's keys are read here, in the chunk that loads only with host data, not in every bundle.
import { UI_STRING_KEYS as UI_KEYS } from './widgets.js';
import type { HostLocaleData } from './i18n.js';

/** The longest UI string a host may register: labels and notices are short; a 1 MB one would freeze layout. */
export const MAX_UI_TEXT = 2000;

export function warnBadCode(code: string): void {
  console.warn(`menneskehandel-widgets: registerLocale: "${code}" is not a language code a host can register (use a BCP 47 tag such as "uk"; nb is the source and can not be replaced).`);
}

export interface CheckedHostLocale {
  /** UI tables per widget key; each string is checked against nb when a widget first reads it. */
  ui: [key: string, table: object][];
  content: Record<string, unknown>;
}

/**
 * Checks the shape of `data` for the host language `lang` (already validated as a code) and
 * reports problems with one console.warn; undefined when nothing can be registered.
 */
export async function checkHostLocale(lang: string, data: HostLocaleData, uiKeys: readonly string[] = UI_KEYS): Promise<CheckedHostLocale | undefined> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    console.warn(`menneskehandel-widgets: locale "${lang}": expected an object with content domains and/or "ui"; nothing registered.`);
    return undefined;
  }
  const { ui, ...content } = data;
  const problems: string[] = [];
  const checked: CheckedHostLocale = { ui: [], content: {} };
  if (ui !== undefined) {
    if (!ui || typeof ui !== 'object' || Array.isArray(ui)) problems.push('ui must be an object of widget keys');
    else {
      for (const [key, table] of Object.entries(ui)) {
        if (!uiKeys.includes(key)) problems.push(`ui.${key} is not a widget key (valid: ${uiKeys.join(', ')})`);
        else if (!table || typeof table !== 'object' || Array.isArray(table)) problems.push(`ui.${key} must be an object`);
        else checked.ui.push([key, table]);
      }
    }
  }
  if (Object.keys(content).length) {
    const { checkLocaleContent } = await import('./content/check-locale.js');
    const result = checkLocaleContent(content);
    problems.push(...result.problems);
    checked.content = result.valid;
  }
  if (problems.length) {
    console.warn(`menneskehandel-widgets: locale "${lang}" has invalid data, shown in nb (bokmål) instead: ${problems.join('; ')}.`);
  }
  return checked;
}

/**
 * Merges a host table (JSON: functions are "{0}" templates) over nb, checking every value against
 * the nb value's shape; missing and unusable strings are listed and fall back to nb.
 */
export function mergeHostTable(nb: Record<string, unknown>, table: Record<string, unknown>, path: string, missing: string[], invalid: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, nbValue] of Object.entries(nb)) {
    const where = path + name;
    if (!Object.hasOwn(table, name) || table[name] === undefined) {
      missing.push(where);
      out[name] = nbValue;
      continue;
    }
    const checked = hostValue(nbValue, table[name], where, missing, invalid);
    out[name] = checked === undefined ? nbValue : checked;
  }
  for (const name of Object.keys(table)) if (!Object.hasOwn(nb, name)) invalid.push(`${path}${name} is not a known string`);
  return out;
}

/** A host value in the shape of the nb value, or undefined (with a note) when it does not fit. */
function hostValue(nbValue: unknown, value: unknown, where: string, missing: string[], invalid: string[]): unknown {
  if (typeof value === 'string' && value.length > MAX_UI_TEXT) {
    invalid.push(`${where} is longer than ${MAX_UI_TEXT} characters`);
    return undefined;
  }
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
    if (Array.isArray(value) && value.length === nbValue.length && value.every((item) => typeof item === 'string' && item.length <= MAX_UI_TEXT)) return value;
    invalid.push(`${where} must be a list of ${nbValue.length} strings`);
    return undefined;
  }
  if (nbValue && typeof nbValue === 'object') {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return mergeHostTable(nbValue as Record<string, unknown>, value as Record<string, unknown>, `${where}.`, missing, invalid);
    }
    invalid.push(`${where} must be an object`);
    return undefined;
  }
  return undefined;
}
