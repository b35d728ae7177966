/**
 * The script-tag entry (cdn/menneskehandel-widgets.js). It registers nothing itself: it finds the
 * `mh-*` tags on the page — now, added later, and in open shadow roots the host passes to
 * `observe()` — and imports exactly those widgets' modules from the folder it was loaded from,
 * with a `<link rel="modulepreload">` for each chunk a module imports, so a page needs two waves
 * of requests after the HTML: this file, then everything its widgets need, in parallel.
 *
 * It imports nothing at all (the build inlines the table of modules), so a copy loaded with a
 * query (`?ver=3`, as CMSs do) still shares every widget module with the first copy.
 */
import { MODULES, VERSION as BUILT_VERSION } from 'mh:cdn-manifest';
import type { HostLocaleData } from './i18n.js';

/** The library version this loader belongs to. */
export const VERSION: string = BUILT_VERSION;
/** Dispatched on `window` by `<mh-quick-exit>`; same value as the npm entry's export. */
export const QUICK_EXIT_EVENT = 'mh-quick-exit';

const base = import.meta.url;
const tags = Object.keys(MODULES).map((name) => `mh-${name}`);
const selector = tags.join(',');
const loads = new Map<string, Promise<unknown>>();
const preloaded = new Set<string>();

function preload(file: string): void {
  if (preloaded.has(file) || typeof document === 'undefined') return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, base).href;
  document.head.append(link);
}

/** Imports the module that defines `<mh-name>` (once), preloading its chunks alongside. */
function load(tag: string): Promise<unknown> {
  const name = tag.slice(3);
  let loading = loads.get(name);
  if (!loading) {
    const [module, ...chunks] = MODULES[name];
    chunks.forEach(preload);
    loading = import(/* @vite-ignore */ new URL(module, base).href).catch((error: unknown) => {
      loads.delete(name);
      console.warn(`menneskehandel-widgets: could not load <${tag}>. Copy the whole cdn/ folder, so ${module} sits next to the script.`, error);
    });
    loads.set(name, loading);
  }
  return loading;
}

/** Loads every widget in `root` (and `root` itself if it is one) that is not loaded yet. */
function scan(root: ParentNode | Element): void {
  if ('localName' in root && tags.includes(root.localName)) void load(root.localName);
  for (const element of root.querySelectorAll(selector)) void load(element.localName);
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
  return Promise.all(loads.values()).then(() => undefined);
}

/** Loads the module for `<tag>` now, before any such tag is on the page (e.g. before a dialog opens). */
export function preloadWidget(tag: string): Promise<void> {
  if (!tags.includes(tag)) {
    console.warn(`menneskehandel-widgets: preloadWidget("${tag}"): no such widget; known: ${tags.join(', ')}.`);
    return Promise.resolve();
  }
  return load(tag).then(() => undefined);
}

type Api = typeof import('./api.js');
let api: Promise<Api> | undefined;
/** The host API lives with the widgets (cdn/api.js), so a language it registers reaches them. */
const withApi = <T>(use: (module: Api) => T | Promise<T>): Promise<T> => {
  api ??= import(/* @vite-ignore */ new URL('api.js', base).href) as Promise<Api>;
  return api.then(use);
};

export const registerLocale = (code: string, data: HostLocaleData): Promise<void> => withApi((module) => module.registerLocale(code, data));
export const registerContent = (lang: string, domain: string, data: unknown): Promise<void> =>
  withApi((module) => module.registerContent(lang, domain, data));
export const whenLocaleLoaded = (lang: string): Promise<void> => withApi((module) => module.whenLocaleLoaded(lang));

if (typeof document !== 'undefined') observe(document);
