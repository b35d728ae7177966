/**
 * "Numbers are not translatable." A translation (nn, en, or a language a host registers) may
 * change text, never a fact a person acts on: phone numbers, e-mail and web addresses, links, ids,
 * and the tags that decide who sees a contact. Those always come from nb. Applied when a widget
 * reads content (src/content/store.ts), so it holds however the data was registered.
 */

/** Keys whose values are facts, not text. Text (name, description, label, hours text …) stays translatable. */
const FACT_KEYS = new Set([
  'id',
  'number',
  'digits',
  'href',
  'url',
  'emails',
  'address',
  'contact',
  'contacts',
  'category',
  'audience',
  'needs',
  'days',
  'opens',
  'closes',
  'minorsOnly',
]);

type Refusal = (path: string, nbValue: unknown, value: unknown) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFact = (key: string, nbValue: unknown) =>
  FACT_KEYS.has(key) && (!isObject(nbValue) && (!Array.isArray(nbValue) || nbValue.every((item) => typeof item !== 'object' || item === null)));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const hasId = (item: unknown): item is { id: string } => isObject(item) && typeof item.id === 'string';

/** Whether `value` holds a fact anywhere inside (then its shape must follow nb). */
function holdsFacts(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsFacts);
  if (!isObject(value)) return false;
  return Object.entries(value).some(([key, item]) => isFact(key, item) || holdsFacts(item));
}

/**
 * `translated` with every fact taken from `nb`; `refuse` is told each fact that differed. Lists
 * of items with ids follow nb's items and order (a translation can not add, drop or reorder
 * contacts); other lists must have nb's length where they hold facts, else nb's list is used.
 */
export function withFactsFromNb(nb: unknown, translated: unknown, path: string, refuse: Refusal): unknown {
  if (Array.isArray(nb)) {
    if (!Array.isArray(translated)) return holdsFacts(nb) ? (refuse(path, '(nb list)', translated), nb) : translated;
    if (nb.length && nb.every(hasId)) {
      const byId = new Map(translated.filter(hasId).map((item) => [item.id, item]));
      return nb.map((item) => (byId.has(item.id) ? withFactsFromNb(item, byId.get(item.id), `${path}[${item.id}]`, refuse) : item));
    }
    if (translated.length !== nb.length) {
      if (!holdsFacts(nb)) return translated;
      refuse(`${path}.length`, nb.length, translated.length);
      return nb;
    }
    return nb.map((item, index) => withFactsFromNb(item, translated[index], `${path}.${index}`, refuse));
  }
  if (isObject(nb)) {
    if (!isObject(translated)) return holdsFacts(nb) ? (refuse(path, '(nb object)', translated), nb) : translated;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(translated)) if (!FACT_KEYS.has(key)) out[key] = value;
    for (const [key, nbValue] of Object.entries(nb)) {
      const where = `${path}.${key}`;
      if (isFact(key, nbValue)) {
        if (Object.hasOwn(translated, key) && !same(nbValue, translated[key])) refuse(where, nbValue, translated[key]);
        out[key] = nbValue;
      } else if (Object.hasOwn(translated, key)) {
        out[key] = withFactsFromNb(nbValue, translated[key], where, refuse);
      }
    }
    // A fact the translation adds where nb has none (a second phone, an extra link) is refused.
    for (const key of Object.keys(translated)) {
      if (FACT_KEYS.has(key) && !Object.hasOwn(nb, key)) refuse(`${path}.${key}`, undefined, translated[key]);
    }
    return out;
  }
  return translated;
}
