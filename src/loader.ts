/**
 * The script-tag entry (cdn/menneskehandel-widgets.js). It registers nothing itself: it finds the
 * `mh-*` tags on the page — now, added later, and in open shadow roots the host passes to
 * `observe()` — and imports exactly those widgets' modules from the folder it was loaded from,
 * with a `<link rel="modulepreload">` for each chunk a module imports, so a page needs two waves
 * of requests after the HTML: this file, then everything its widgets need, in parallel.
 * A widget that composes others (<mh-guide>) comes as one file that defines every widget.
 *
 * It imports nothing at all (the build inlines the table of modules), so a copy loaded with a
 * query (`?ver=3`, as CMSs do) still shares every widget module with the first copy.
 */
import { COMPOSITES, MODULES, VERSION as BUILT_VERSION } from 'mh:cdn-manifest';
import type { HostLocaleData } from './i18n.js';

/** The library version this loader belongs to. */
export const VERSION: string = BUILT_VERSION;
/** Dispatched on `window` by `<mh-quick-exit>`; same value as the npm entry's export. */
export const QUICK_EXIT_EVENT = 'mh-quick-exit';

type Api = typeof import('./api.js');

const base = import.meta.url;
const names = Object.keys(MODULES);
const selector = names.map((name) => `mh-${name}`).join(',');
const loads = new Map<string, Promise<unknown>>();
const preloaded = new Set<string>();

/**
 * The module graphs loaded so far (cdn/api.js with the per-widget modules; one per composite
 * file), and every host call made, so a graph that loads later gets the same languages.
 */
const graphs = new Map<string, Promise<Api | void>>();
const calls: ((api: Api) => unknown)[] = [];

/** Set once the page's Trusted Types policy refused Lit's policy (reported once, not per widget). */
let refusedByTrustedTypes = false;

/**
 * Lit creates one Trusted Types policy, "lit-html", when its module runs; a page that requires
 * Trusted Types without allowing that name makes every widget module throw on import.
 */
function isTrustedTypesRefusal(error: unknown): boolean {
  return error instanceof TypeError && /createPolicy|lit-html/.test(error.message);
}

function failed(file: string, error: unknown): void {
  if (isTrustedTypesRefusal(error)) {
    // The widgets stay undefined, so the host's fallback content inside the tags stays shown.
    if (refusedByTrustedTypes) return;
    refusedByTrustedTypes = true;
    console.error(
      'menneskehandel-widgets: the page\'s Content-Security-Policy refused the Trusted Types policy "lit-html", so no widget is shown. ' +
        "Add lit-html to its trusted-types directive, e.g. \"require-trusted-types-for 'script'; trusted-types lit-html\".",
      error,
    );
    return;
  }
  console.warn(`menneskehandel-widgets: could not load ${file}.js (copy the whole cdn/ folder).`, error);
}

function preload(file: string): void {
  if (preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`${file}.js`, base).href;
  document.head.append(link);
}

/** Imports a module graph's API module once and replays every host call made so far on it. */
function graph(file: string): Promise<Api | void> {
  let api = graphs.get(file);
  if (!api) {
    api = import(/* @vite-ignore */ new URL(`${file}.js`, base).href).then(
      (module) => {
        for (const call of calls) void call(module as Api);
        return module as Api;
      },
      (error: unknown) => {
        graphs.delete(file);
        failed(file, error);
      },
    );
    graphs.set(file, api);
  }
  return api;
}

/** Imports the module that defines `<mh-name>` (once), preloading its chunks alongside. */
function load(name: string): Promise<unknown> {
  let loading = loads.get(name);
  if (!loading) {
    // Only names from MODULES reach here (scan filters them); an unknown one has nothing to load.
    const [module, ...chunks] = MODULES[name] ?? [];
    if (module === undefined) return Promise.resolve();
    chunks.forEach(preload);
    if (name in COMPOSITES) {
      loading = graph(module);
      // One file defines them all: nothing else needs loading for them.
      for (const covered of COMPOSITES[name] ?? []) if (!loads.has(covered)) loads.set(covered, loading);
    } else {
      loading = import(/* @vite-ignore */ new URL(`${module}.js`, base).href).catch((error: unknown) => {
        loads.delete(name);
        failed(module, error);
      });
      // The per-widget modules' API module is fetched only once the host calls it (or has).
      if (calls.length) void graph('api');
    }
    loads.set(name, loading);
  }
  return loading;
}

/**
 * Prerendered widgets (a declarative shadow root): their text, links and numbers already work, so
 * their module is fetched and run when they come near the viewport or are focused or touched,
 * not during the page's load (where a composite such as the whole guide is a long task). Never
 * the quick exit, whose Shift shortcut must work at once.
 */
/** A widget whose shadow root came with the HTML (not one rendered by a copy already defined). */
function isPrerendered(element: Element): boolean {
  return element.shadowRoot !== null && !customElements.get(element.localName);
}

let nearViewport: IntersectionObserver | undefined;
/** What loads each waiting element's module: called once, by whichever comes first. */
const waiting = new Map<Element, () => void>();

function loadWhenNear(element: Element, name: string): void {
  if (waiting.has(element)) return;
  const now = () => {
    if (!waiting.delete(element)) return;
    nearViewport?.unobserve(element);
    void load(name);
  };
  waiting.set(element, now);
  for (const type of ['focusin', 'pointerdown']) element.addEventListener(type, now, { capture: true, once: true, passive: true });
  nearViewport ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
    },
    { rootMargin: '100% 0px' },
  );
  nearViewport.observe(element);
}

/** Loads every widget in `root` (and `root` itself if it is one) that is not loaded yet. */
function scan(root: ParentNode | Element): void {
  const found = new Set<string>();
  const elements = [...root.querySelectorAll(selector)];
  if ('localName' in root && root.localName.startsWith('mh-')) elements.unshift(root);
  for (const element of elements) {
    const name = element.localName.slice(3);
    if (isPrerendered(element) && name !== 'quick-exit' && !loads.has(name) && typeof IntersectionObserver === 'function') loadWhenNear(element, name);
    else found.add(name);
  }
  // A composite first: it defines the others on the page too.
  const ordered = [...found].filter((name) => names.includes(name)).sort((a, b) => Number(b in COMPOSITES) - Number(a in COMPOSITES));
  for (const name of ordered) void load(name);
}

const observed = new WeakSet<Node>();

/**
 * Loads the widgets in `root` and any added to it later. The loader does this for the document
 * itself; a host that puts widgets in an open shadow root of its own passes that root here.
 */
export function observe(root: Document | ShadowRoot | Element = document): void {
  if (observed.has(root) || typeof MutationObserver === 'undefined') return;
  observed.add(root);
  scan(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    }
  }).observe(root, { childList: true, subtree: true });
}

/** Resolves when the module of every widget found so far has loaded (or failed, with a warning). */
export function whenLoaded(): Promise<void> {
  return started.then(() => Promise.all(loads.values())).then(() => undefined);
}

/** Loads the module for `tag` ("mh-myths") now, e.g. before a dialog that shows it opens. */
export function preloadWidget(tag: string): Promise<void> {
  const name = tag.replace(/^mh-/, '');
  if (!names.includes(name)) {
    console.warn(`menneskehandel-widgets: preloadWidget("${tag}"): no such widget.`);
    return Promise.resolve();
  }
  return load(name).then(() => undefined);
}

/** Per-widget modules loaded (or none at all): their graph is reached through cdn/api.js. */
function ensureApiModule(): void {
  const composed = Object.values(COMPOSITES).flat();
  if (graphs.size === 0 || [...loads.keys()].some((name) => !composed.includes(name))) void graph('api');
}

/** Runs `call` on every module graph loaded so far; with `remember`, also on any that loads later. */
function everywhere(call: (api: Api) => unknown, remember = true): Promise<void> {
  if (remember) calls.push(call);
  ensureApiModule();
  return Promise.all([...graphs.values()].map((api) => api.then((module) => module && call(module)))).then(() => undefined);
}

/** Same as the npm entry's registerLocale (README "Languages"). */
export const registerLocale = (code: string, data: HostLocaleData): Promise<void> => everywhere((api) => api.registerLocale(code, data));
/** Same as the npm entry's registerContent. */
export const registerContent = (lang: string, domain: string, data: unknown): Promise<void> => everywhere((api) => api.registerContent(lang, domain, data));
/** Resolves when `lang` is ready in every module graph loaded so far. */
export const whenLocaleLoaded = (lang: string): Promise<void> => everywhere((api) => api.whenLocaleLoaded(lang), false);

/**
 * On a prerendered page (a widget with a declarative shadow root) the text is readable before any
 * script, so the widgets' modules start after the first paint and never delay it; a hidden tab,
 * where frames do not run, starts after 200 ms.
 */
let start = (): void => undefined;
const started = new Promise<void>((resolve) => {
  start = () => {
    observe(document);
    resolve();
  };
});

if (typeof document !== 'undefined') {
  const prerendered = [...document.querySelectorAll(selector)].some(isPrerendered);
  if (prerendered && typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, 200);
  } else start();
}
