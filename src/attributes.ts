/**
 * Turning whatever a host sets into the types the widgets read. Attributes arrive as strings or
 * null (removed); properties set from script can be anything (null, 42, {}, a Proxy). Every
 * widget reads its values through these, so no value can throw inside render.
 */

/** `value` as a string: null and undefined give `fallback`; other values their String() form. */
export function toText(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return fallback;
  try {
    return String(value);
  } catch {
    // Object.create(null), a Symbol-valued toString, a revoked Proxy: not a usable value.
    return fallback;
  }
}

/** `value` if it is a valid Date, else undefined (an invalid date would throw in Intl formatting). */
export function toDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}

/** Space-separated tokens of an attribute value, without empty ones. */
export function tokens(value: unknown): string[] {
  const text = toText(value).trim();
  return text ? text.split(/\s+/) : [];
}

/** Whether `value` is one of `allowed`, by own value only (never `constructor`, `__proto__`, …). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** How much of a bad value a notice or warning quotes: a 1 MB value quoted whole would freeze layout. */
export const MAX_QUOTED = 200;

/** `text` cut to MAX_QUOTED characters, with "…" when cut. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
