/** The languages the library ships. nb is the source; nn and en are translations. */
export const SUPPORTED_LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

const informed = new Set<string>();

/** Maps a BCP 47 tag to a supported language: no, nb-NO → nb; nn-NO → nn; en-* → en; else nb. */
export function normalizeLang(tag: string | null | undefined): Lang {
  const value = (tag ?? '').trim().toLowerCase();
  if (value === '') return 'nb';
  const primary = value.split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  if (!informed.has(value)) {
    informed.add(value);
    console.info(`menneskehandel-widgets: language "${tag}" is not supported; showing nb (bokmål).`);
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
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = node.getAttribute('lang');
      if (tag) return tag;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

/** The supported language for `element`, following DESIGN.md's order, defaulting to nb. */
export function resolveLang(element: Element): Lang {
  return normalizeLang(findLangTag(element));
}
