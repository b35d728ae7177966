/**
 * The one kind of request a widget makes on a host's behalf: a text file the host names in an
 * attribute (`contacts-src`), and only on the page's own origin — the privacy rule (no request to
 * another origin) holds for host-named files too. `mode: 'same-origin'` makes the browser refuse a
 * redirect to another origin as well, before any request leaves for it.
 */
import { checkHref } from './href.js';

/** Why a file was not read; `aborted` results are ignored by the caller (attribute changed, element removed). */
export type FetchFailure =
  | { kind: 'refused' }
  | { kind: 'status'; status: number }
  | { kind: 'network'; message: string }
  | { kind: 'too-large' }
  | { kind: 'aborted' };

export type FetchResult = { ok: true; text: string } | { ok: false; failure: FetchFailure };

/** A contacts file is a few kilobytes; a file this large is a wrong address (a video, a dump), not data. */
export const MAX_FILE_CHARS = 1_000_000;

/**
 * The address for `src` when it may be fetched: an https: address or a relative address
 * (resolved against the document's base URL, as an `<img src>` would be), that ends up on the
 * page's own origin. Null for anything else (another origin, `http:` from an https page, `data:`,
 * `javascript:`, `//host`, control characters).
 */
export function sameOriginUrl(src: unknown, doc: Document): URL | null {
  const href = checkHref(src, 'any');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, doc.baseURI);
  } catch {
    return null;
  }
  const origin = doc.defaultView?.location.origin ?? globalThis.location?.origin;
  if (!origin || url.origin !== origin || !/^https?:$/.test(url.protocol)) return null;
  url.hash = '';
  return url;
}

interface Flight {
  promise: Promise<FetchResult>;
  controller: AbortController;
  waiting: number;
}

/** Requests under way, by address: five cards naming one file make one request. */
const inFlight = new Map<string, Flight>();

async function request(url: URL, signal: AbortSignal): Promise<FetchResult> {
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      mode: 'same-origin',
      cache: 'default',
      redirect: 'follow',
      headers: { Accept: 'application/json' },
      signal,
    });
    if (!response.ok) return { ok: false, failure: { kind: 'status', status: response.status } };
    const length = Number(response.headers.get('Content-Length'));
    if (length > MAX_FILE_CHARS * 4) return { ok: false, failure: { kind: 'too-large' } };
    const text = await response.text();
    if (text.length > MAX_FILE_CHARS) return { ok: false, failure: { kind: 'too-large' } };
    return { ok: true, text };
  } catch (error) {
    if (signal.aborted) return { ok: false, failure: { kind: 'aborted' } };
    return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Fetches `url` (from `sameOriginUrl`) as text, with the page's cookies for its own origin and
 * the browser's normal HTTP cache. Never rejects. Callers asking for the same address at the same
 * time share one request; `signal` withdraws this caller, and the request is aborted when no
 * caller waits for it any more.
 */
export function fetchSameOriginText(url: URL, signal: AbortSignal): Promise<FetchResult> {
  const key = url.href;
  let flight = inFlight.get(key);
  if (!flight) {
    const controller = new AbortController();
    const started: Flight = { controller, waiting: 0, promise: Promise.resolve({ ok: false, failure: { kind: 'aborted' } }) };
    started.promise = request(url, controller.signal).finally(() => {
      if (inFlight.get(key) === started) inFlight.delete(key);
    });
    inFlight.set(key, (flight = started));
  }
  const current = flight;
  current.waiting++;
  return new Promise<FetchResult>((resolve) => {
    const withdraw = () => {
      current.waiting--;
      if (current.waiting === 0) {
        current.controller.abort();
        if (inFlight.get(key) === current) inFlight.delete(key);
      }
      resolve({ ok: false, failure: { kind: 'aborted' } });
    };
    if (signal.aborted) {
      withdraw();
      return;
    }
    signal.addEventListener('abort', withdraw, { once: true });
    void current.promise.then((result) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', withdraw);
      current.waiting--;
      resolve(result);
    });
  });
}
