/**
 * What a render must do differently on the server (src/ssr.ts) and in the first client render of
 * prerendered markup (hydration). Lit's hydration keeps the server's text and attribute values
 * and only checks that the templates match, so that first render must produce exactly what the
 * server produced: values that depend on the visitor (the clock, the page's address) are
 * rendered as the server did, and filled in by the update right after hydration.
 */
import { isServer } from 'lit';

let serverClock: Date | undefined;
let asServer = 0;

/** Runs `render` (synchronous) with `now` as the server render's clock; undefined renders no clock-dependent output. */
export function withServerClock<T>(now: Date | undefined, render: () => T): T {
  const before = serverClock;
  serverClock = now;
  try {
    return render();
  } finally {
    serverClock = before;
  }
}

/** Runs `render` as a hydration render: free functions (inPageHref) then render as on the server. */
export function renderLikeServer<T>(render: () => T): T {
  asServer++;
  try {
    return render();
  } finally {
    asServer--;
  }
}

/** True on the server and during a hydration render. */
export function renderingLikeServer(): boolean {
  return isServer || asServer > 0;
}

/** The clock of a server render (renderWidget's `now`), if any. */
export function serverRenderClock(): Date | undefined {
  return serverClock;
}

/** The host attribute that carries renderWidget's `now`, so hydration renders the same badges. */
export const RENDERED_AT_ATTRIBUTE = 'data-mh-now';

/**
 * On the server, the widget whose shadow root `node` is rendered in: @lit-labs/ssr's DOM shim has
 * no parentNode or ShadowRoot and records that host as `__host` (the parts of <mh-guide> need it
 * for their language and to leave the footer to the guide). Undefined in a browser.
 */
export function serverHostOf(node: unknown): Element | undefined {
  return isServer ? (node as { __host?: Element }).__host : undefined;
}
