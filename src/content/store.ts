import { addLanguage, isTranslatedLanguage, type Lang } from '../locale.js';
import { withFactsFromNb } from './facts.js';

/**
 * Content registered for languages other than the bundled nb, per domain file ("contacts",
 * "indicators", …). nb always comes from the bundle, so a missing translation falls back to it.
 */
const registry = new Map<string, Map<string, unknown>>();
const listeners = new Set<() => void>();

/** Registers `data` (unchecked) as the `domain` file in `lang`; registerLocale checks it first. */
export function registerContent(lang: string, domain: string, data: unknown): void {
  lang = lang.trim().toLowerCase();
  if (!isTranslatedLanguage(lang)) addLanguage(lang);
  let domains = registry.get(lang);
  if (!domains) registry.set(lang, (domains = new Map()));
  domains.set(domain, data);
  notifyLocaleChange();
}

let notifyQueued = false;

/**
 * Tells listeners (the base element) that content or UI strings changed. Batched: a locale
 * registers many files at once and widgets need one re-render.
 */
export function notifyLocaleChange(): void {
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of listeners) listener();
  });
}

/** Translations with their facts taken from nb, per translated object and nb object. */
const checked = new WeakMap<object, WeakMap<object, unknown>>();
const refused = new Set<string>();

/**
 * `translated` with every phone number, address, link and id from `nb` (src/content/facts.ts):
 * a translation can change text, never where a call, e-mail or link goes. One console.warn per
 * refused field and language.
 */
function factsFromNb<T>(domain: string, lang: string, nb: T, translated: unknown): T {
  if (typeof translated !== 'object' || translated === null || typeof nb !== 'object' || nb === null) return nb;
  let byNb = checked.get(translated);
  if (!byNb) checked.set(translated, (byNb = new WeakMap()));
  if (!byNb.has(nb)) {
    byNb.set(
      nb,
      withFactsFromNb(nb, translated, domain, (path, nbValue, value) => {
        const key = `${lang}:${path}`;
        if (refused.has(key)) return;
        refused.add(key);
        console.warn(
          `menneskehandel-widgets: locale "${lang}": ${path} can not be translated. Phone numbers, e-mail and web addresses, links and ids come from nb (bokmål); ` +
            `showing ${JSON.stringify(nbValue)}, not ${JSON.stringify(value)}.`,
        );
      }),
    );
  }
  return byNb.get(nb) as T;
}

/** The `domain` data for `lang` if registered (its facts from nb), else the bundled nb data. */
export function localized<T>(domain: string, lang: Lang | string, nb: T): T {
  if (lang === 'nb') return nb;
  const data = registry.get(lang)?.get(domain);
  return data === undefined || data === null ? nb : factsFromNb(domain, lang, nb, data);
}

/**
 * One top-level part of a domain file: a widget that needs a small piece imports only that key of
 * the nb JSON (named import), so the bundler can leave the rest of the file out.
 */
export function localizedPart<K extends string, T>(domain: string, key: K, lang: Lang | string, nb: T): T {
  if (lang === 'nb') return nb;
  const data = registry.get(lang)?.get(domain) as Partial<Record<K, T>> | undefined;
  const part = data && typeof data === 'object' && Object.hasOwn(data, key) ? data[key] : undefined;
  return part === undefined || part === null ? nb : factsFromNb(`${domain}.${key}`, lang, nb, part);
}

/** Whether `domain` has data in `lang` (nb always has). */
export function hasContent(domain: string, lang: Lang | string): boolean {
  return lang === 'nb' || Boolean(registry.get(lang)?.has(domain));
}

/** Called (batched) whenever content or UI strings are registered, so connected widgets can re-render. */
export function onContentRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
