/**
 * Prerendered widgets hydrate when they are needed, not all at load (issue #18: hydrating every
 * widget of a page at once, the whole guide included, blocked the main thread for seconds).
 * Their text, links and tel: numbers work before that: they are plain HTML.
 *
 * Part of the hydration chunk (imported by src/hydrate-support.ts only), which src/hydration.ts
 * loads before it defines any widget, and only on a page that holds prerendered widgets.
 */

/** Lit's hydration support leaves an element with this attribute alone until it is removed. */
const DEFER = 'defer-hydration';

/**
 * Widgets that hydrate at once: the quick exit's Shift×3 shortcut and button must work from the
 * first moment (a person at risk pays for any delay), and it is small.
 */
const IMMEDIATE = new Set(['mh-quick-exit']);

/** How near the viewport an off-screen widget hydrates: about a screen ahead, so scrolling finds it ready. */
const NEAR_VIEWPORT = '100% 0px';

/** Events inside a deferred widget that hydrate it at once (before the click or key reaches its controls). */
const INTERACTIONS = ['focusin', 'pointerdown', 'keydown'] as const;

/** Whether `element` is a prerendered widget that is not defined yet. */
function isPrerenderedWidget(element: Element): boolean {
  return element.localName.startsWith('mh-') && element.shadowRoot !== null;
}

/** The widgets this library deferred and has not hydrated yet (a host's own defer-hydration is the host's to remove). */
const deferred = new Set<Element>();
/** Widgets waiting for their turn to hydrate, one per task. */
const queue: Element[] = [];
let draining = false;
let observer: IntersectionObserver | undefined;

/** Hydrates `element` now (it renders in this task: the update runs in a microtask). */
function hydrateNow(element: Element): void {
  if (!deferred.delete(element)) return;
  observer?.unobserve(element);
  for (const type of INTERACTIONS) element.removeEventListener(type, onInteraction, true);
  element.removeAttribute(DEFER);
}

function onInteraction(this: Element): void {
  hydrateNow(this);
}

/** Runs `task` in a task of its own once the browser is idle (or soon, where it has no idle callbacks). */
function inOwnTask(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

/** Hydrates the queued widgets in order, each in its own task, so no long task holds them all. */
function drain(): void {
  if (draining) return;
  draining = true;
  const next = () => {
    const element = queue.shift();
    if (!element) {
      draining = false;
      return;
    }
    hydrateNow(element);
    inOwnTask(next);
  };
  inOwnTask(next);
}

/**
 * Marks the document's prerendered widgets (but the quick exit) `defer-hydration`, before any
 * widget is defined, then lifts the mark when a widget comes near the viewport or is focused,
 * pressed or typed in, whichever comes first. The observer's first report comes after the first
 * paint, so the widgets on screen hydrate then, one per task.
 */
export function deferPrerenderedWidgets(): void {
  if (typeof IntersectionObserver !== 'function') return; // Hydrate at once, as before.
  for (const element of document.querySelectorAll(':not(:defined)')) {
    if (!isPrerenderedWidget(element) || IMMEDIATE.has(element.localName) || element.hasAttribute(DEFER)) continue;
    element.setAttribute(DEFER, '');
    deferred.add(element);
    for (const type of INTERACTIONS) element.addEventListener(type, onInteraction, { capture: true, passive: true });
  }
  if (deferred.size === 0) return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !deferred.has(entry.target)) continue;
        observer?.unobserve(entry.target);
        queue.push(entry.target);
      }
      if (queue.length > 0) drain();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  for (const element of deferred) observer.observe(element);
}
