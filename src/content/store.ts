import type { Lang } from '../locale.js';

/**
 * Content registered for languages other than the bundled nb, per domain file ("contacts",
 * "indicators", …). nb always comes from the bundle, so a missing translation falls back to it.
 */
const registry = new Map<string, Map<string, unknown>>();
const listeners = new Set<() => void>();

export function registerContent(lang: string, domain: string, data: unknown): void {
  let domains = registry.get(lang);
  if (!domains) registry.set(lang, (domains = new Map()));
  domains.set(domain, data);
  for (const listener of listeners) listener();
}

/** The `domain` data for `lang` if registered, else the bundled nb data. */
export function localized<T>(domain: string, lang: Lang | string, nb: T): T {
  if (lang === 'nb') return nb;
  const data = registry.get(lang)?.get(domain);
  return (data as T | undefined) ?? nb;
}

/** Whether `domain` has data in `lang` (nb always has). */
export function hasContent(domain: string, lang: Lang | string): boolean {
  return lang === 'nb' || Boolean(registry.get(lang)?.has(domain));
}

/** Called whenever content is registered, so connected widgets can re-render. */
export function onContentRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
