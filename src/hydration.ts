/**
 * When a page holds prerendered widgets (declarative shadow roots from renderWidget or the
 * static snippets in dist/html/), Lit's hydration support must patch LitElement before any
 * widget is defined: otherwise the widgets render from scratch, or, with the patch applied too
 * late, twice. define() (src/define.ts) runs its registrations through here, so neither the
 * host nor the order of the chunks matters, and a page without prerendered widgets never loads
 * the hydration code.
 *
 * When the prerendered widgets hydrate (one at a time, when needed) is decided in
 * src/lazy-hydration.ts, which loads with the hydration support: a page without prerendered
 * widgets pays nothing for it.
 */

let support: Promise<unknown> | undefined;

/** Whether the document holds an `mh-*` element that has a shadow root but is not defined yet. */
function hasPrerenderedWidgets(): boolean {
  if (typeof document === 'undefined' || typeof document.querySelectorAll !== 'function') return false;
  for (const element of document.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('mh-') && element.shadowRoot) return true;
  }
  return false;
}

/**
 * Runs `register` now, or, when the page holds prerendered widgets, once the hydration support
 * has loaded (once per page; a failure to load it is reported and the widgets then render
 * from scratch over the prerendered markup).
 */
export function afterHydrationSupport(register: () => void): void {
  if (!support && hasPrerenderedWidgets()) {
    support = import('./hydrate-support.js').catch((error: unknown) => {
      console.warn('menneskehandel-widgets: could not load the hydration support; prerendered widgets render again from scratch.', error);
    });
  }
  if (support) void support.then(register);
  else register();
}
