import { toText } from './attributes.js';
import { renderingLikeServer } from './prerender.js';

/**
 * Characters no link address may hold: control characters (the URL parser silently drops tab, CR
 * and LF, so "/\t/evil.example" would become "//evil.example"), white space, backslashes (read as
 * "/" in http(s) URLs) and bidirectional overrides that disguise an address.
 */
const FORBIDDEN = /[\p{Cc}\s\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** A stand-in for the page's own origin: a relative address must stay on it after parsing. */
const SAME_SITE = 'https://same-site.invalid/dir/';
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A host-supplied address, checked after parsing it with `URL`: an absolute address only when it
 * is https: with a host and no user name or password; a relative one (`relative: 'any'`: path,
 * query or fragment; `'path'`: starting with "/") only when it stays on the same site. Returns
 * the trimmed address, or null.
 */
export function checkHref(value: unknown, relative: 'any' | 'path'): string | null {
  const href = toText(value).trim();
  if (!href || FORBIDDEN.test(href)) return null;
  const absolute = SCHEME.test(href);
  if (!absolute && (href.startsWith('//') || (relative === 'path' && !href.startsWith('/')))) return null;
  let url: URL;
  try {
    url = new URL(href, SAME_SITE);
  } catch {
    return null;
  }
  // "https:host" and "https:///host" parse as https://host; only the plain form is accepted.
  if (absolute) return /^https:\/\/[^/]/i.test(href) && url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password ? href : null;
  return url.origin === new URL(SAME_SITE).origin ? href : null;
}

/**
 * A host-supplied link target: an https: address, or an address on the same site (path, relative
 * address, query or fragment); null for anything else, so a typo or a hostile value can never
 * become a javascript:, data:, http: or protocol-relative (//host) link.
 */
export function safeSiteHref(value: unknown): string | null {
  return checkHref(value, 'any');
}

/**
 * The address a link renders for a checked `href`: a fragment-only address ("#mh-del-4",
 * "#meldeplikt") is resolved against the document's own URL, because the browser resolves an
 * `href` against the document base URL, and a host page with `<base href="/other/path/">` would
 * otherwise send an in-page link to another page. Any other address is returned unchanged.
 */
export function inPageHref(href: string): string {
  // On the server and while hydrating the page's address is not known (or not yet applied).
  if (!href.startsWith('#') || renderingLikeServer()) return href;
  const here = window.location.href;
  const hash = here.indexOf('#');
  return `${hash === -1 ? here : here.slice(0, hash)}${href}`;
}
