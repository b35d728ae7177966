/**
 * A host-supplied link target: an https: address, or an address on the same site (path, relative
 * address, query or fragment); null for anything else, so a typo or a hostile value can never
 * become a javascript:, data:, http: or protocol-relative (//host) link.
 */
export function safeSiteHref(value: string): string | null {
  const href = value.trim();
  if (!href || /[\s\\]/.test(href) || [...href].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  if (/^https:\/\/[^/]/i.test(href)) {
    try {
      new URL(href);
      return href;
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  return href;
}
