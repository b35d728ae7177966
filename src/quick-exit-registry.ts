/**
 * The page-wide reset behind a quick exit. Every connected widget is registered here (MhElement
 * does it); the `mh-quick-exit` window event, fired by <mh-quick-exit> or by a host, hides each one
 * and makes it forget what was entered. A page restored from the back-forward cache shows again the
 * widgets the exit hid (not those the host hid) and resets them all: nothing a person ticked or
 * typed may still be visible.
 */

/** Fired on window by <mh-quick-exit> (or a host) to hide every widget and forget what was entered. */
export const QUICK_EXIT_EVENT = 'mh-quick-exit';

/** What the registry needs of a widget: an element that can forget its user state. */
export interface QuickExitMember extends HTMLElement {
  resetState(): void;
}

const connected = new Set<QuickExitMember>();

/** Widgets hidden by a quick exit, so a bfcache restore shows them again but not ones the host hid. */
const hiddenByExit = new WeakSet<QuickExitMember>();

function clearAll(hide: boolean): void {
  for (const element of connected) {
    if (hide && !element.hidden) {
      element.hidden = true;
      hiddenByExit.add(element);
    } else if (!hide && hiddenByExit.has(element)) {
      element.hidden = false;
      hiddenByExit.delete(element);
    }
    element.resetState();
  }
}

let pageListenersAdded = false;

/**
 * Quick exit and the back-forward cache: when the page is left in a hurry, or comes back from
 * the bfcache, nothing a person ticked or typed may still be visible.
 */
function watchPage(): void {
  if (pageListenersAdded || typeof window === 'undefined') return;
  pageListenersAdded = true;
  window.addEventListener(QUICK_EXIT_EVENT, () => clearAll(true));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) clearAll(false);
  });
}

/** Takes part in quick exits from now on (call when connected). */
export function joinQuickExit(element: QuickExitMember): void {
  connected.add(element);
  watchPage();
}

/** No longer hidden or reset by a quick exit (call when disconnected). */
export function leaveQuickExit(element: QuickExitMember): void {
  connected.delete(element);
}
