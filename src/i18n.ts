/**
 * Loading languages. nb is in every bundle. A translated built-in language (nn, en) loads the
 * first time a widget resolves to it: its content files (locales/<lang>.ts) and the table of
 * every widget whose strings module has run (each registered its own loaders, src/strings.ts).
 * The build puts them in one chunk per language, loaded from the folder the script was loaded
 * from. A host may add a language with registerLocale or a
 * `<script type="application/json" data-mh-locale="uk">` block; that data is checked against the
 * content schemas, which load (with zod) only then.
 */
import { registerContent } from './content/store.js';
import { addLanguage, normalizeLang } from './locale.js';
import { onStringLoader, registerStrings, stringLoaders, type TranslatedLang } from './strings.js';

/**
 * The data a host registers: content files by domain ("contacts", "indicators", …; same shape as
 * content/nb/<domain>.json) and `ui` with UI strings per widget key ("contact-list", "footer", …).
 * Functions in nb's tables are strings with placeholders here: "{0} treff".
 */
export interface HostLocaleData {
  ui?: Record<string, Record<string, unknown>>;
  [domain: string]: unknown;
}

// Data only: the chunks import nothing, so a script loaded with a query string (?ver=…) can not
// pull in a second copy of the library through them.
const CONTENT: Record<TranslatedLang, () => Promise<{ content: Record<string, unknown> }>> = {
  nn: () => import('../locales/nn.js'),
  en: () => import('../locales/en.js'),
};

/** Loads started per language: built-in content and tables, or a host language's check. */
const loads = new Map<string, Promise<void>[]>();
/** Built-in languages whose chunk failed to load: their widgets show nb with a visible notice. */
const failedLocales = new Set<string>();
const failureListeners = new Set<() => void>();

/** True when the nn or en chunk could not be loaded (copied without it), so nb is shown instead. */
export function localeFailed(lang: string): boolean {
  return failedLocales.has(lang);
}

/** Calls `listener` whenever a built-in language's chunk fails to load. */
export function onLocaleFailed(listener: () => void): void {
  failureListeners.add(listener);
}

/** A load of part of a language: resolves to the step that registers what it loaded. */
type Load = Promise<() => void>;

/**
 * Registers what `parts` loaded once all of them are in, so a widget switches language in one
 * render (never its UI strings before its content); a failure shows nb with a notice (and one
 * console.warn per language).
 */
function track(lang: string, parts: Load[]): void {
  const done = Promise.allSettled(parts).then((results) => {
    for (const result of results) if (result.status === 'fulfilled') result.value();
    const failure = results.find((result) => result.status === 'rejected');
    if (!failure || failedLocales.has(lang)) return;
    failedLocales.add(lang);
    for (const listener of failureListeners) listener();
    console.warn(
      `menneskehandel-widgets: could not load the "${lang}" language file; showing nb (bokmål). ` +
        'Copy the whole cdn/ folder, so the locale files sit next to the script.',
      failure.reason,
    );
  });
  loads.get(lang)?.push(done);
}

function loadTable(lang: string, key: string, load: () => Promise<object | undefined>): Load {
  return load().then((table) => () => {
    if (table) registerStrings(lang, key, table);
  });
}

// A widget module that runs after its language was asked for (the loader imports widgets as they
// appear) loads its table at once.
onStringLoader((lang, key, load) => {
  if (loads.has(lang) && Object.hasOwn(CONTENT, lang)) track(lang, [loadTable(lang, key, load)]);
});

/** Starts loading `lang` if it is a translated built-in language not loaded yet; widgets show nb meanwhile. */
export function ensureLocale(lang: string): void {
  if (loads.has(lang) || !Object.hasOwn(CONTENT, lang)) return;
  loads.set(lang, []);
  const content: Load = CONTENT[lang as TranslatedLang]().then((module) => () => {
    for (const [domain, data] of Object.entries(module.content)) registerContent(lang, domain, data);
  });
  track(lang, [content, ...[...stringLoaders(lang)].map(([key, load]) => loadTable(lang, key, load))]);
}

/**
 * Resolves when `lang` (a tag such as "nn-NO") is ready: nn/en loaded (or failed, then nb is
 * shown), a host locale checked and registered. Never rejects.
 */
export function whenLocaleLoaded(lang: string): Promise<void> {
  const code = normalizeLang(lang);
  ensureLocale(code);
  const started = loads.get(code) ?? loads.get(lang.trim().toLowerCase()) ?? [];
  return Promise.all(started).then(() => undefined);
}

const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * Registers a host language: `code` is a BCP 47 tag ("uk", "pl", "se"); widgets whose lang
 * resolves to it show `data`. Content is checked against the schemas and UI strings against nb;
 * an invalid domain or string is reported with console.warn and shown in nb. Resolves when the
 * data is registered (the checks load on first use, so pages without a host language skip them).
 */
export function registerLocale(code: string, data: HostLocaleData): Promise<void> {
  // Another copy of the library on the page (a CMS module and a page template) may own the
  // widgets: every copy gets the language, now or when its first widget connects.
  const shared = sharedLocales();
  shared.requests.push([code, data]);
  shared.registrars.add(registerHere);
  const done = registerHere(code, data);
  for (const registrar of shared.registrars) if (registrar !== registerHere) void registrar(code, data);
  return done;
}

/** What every copy of the library on a page shares: languages registered, and how to register one. */
interface SharedLocales {
  requests: [code: string, data: HostLocaleData][];
  registrars: Set<(code: string, data: HostLocaleData) => Promise<void>>;
}

const SHARED = Symbol.for('menneskehandel-widgets.locales');

function sharedLocales(): SharedLocales {
  const global = globalThis as typeof globalThis & { [SHARED]?: SharedLocales };
  return (global[SHARED] ??= { requests: [], registrars: new Set() });
}

/** This copy joins the others: it registers the languages they registered before it ran. */
function joinOtherCopies(): void {
  const shared = sharedLocales();
  if (shared.registrars.has(registerHere)) return;
  shared.registrars.add(registerHere);
  for (const [code, data] of shared.requests) void registerHere(code, data);
}

/** Registers a host language in this copy of the library. */
function registerHere(code: string, data: HostLocaleData): Promise<void> {
  const lang = String(code ?? '').trim().toLowerCase();
  const valid = CODE.test(lang) && lang !== 'nb' && lang !== 'no';
  const before = valid ? Promise.all(loads.get(lang) ?? []) : Promise.resolve();
  const done = before
    .then(() => import('./host-locale.js'))
    .then(async (checks) => {
      if (!valid) return checks.warnBadCode(code);
      const checked = await checks.checkHostLocale(lang, data);
      if (!checked) return;
      for (const [key, table] of checked.ui) registerStrings(lang, key, table, checks.mergeHostTable);
      for (const [domain, file] of Object.entries(checked.content)) registerContent(lang, domain, file);
      addLanguage(lang);
    })
    .catch((error: unknown) => console.warn(`menneskehandel-widgets: locale "${lang}" could not be checked; showing nb (bokmål).`, error));
  if (valid) loads.set(lang, [done]);
  return done;
}

const seen = new WeakMap<HTMLScriptElement, string>();
let scriptObserver: MutationObserver | undefined;

/** Reads every `<script type="application/json" data-mh-locale>` not read yet (or changed since). */
export function scanLocaleScripts(root: ParentNode = document): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const script of root.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-mh-locale]')) {
    const text = script.textContent ?? '';
    if (text.trim() === '' || seen.get(script) === text) continue;
    seen.set(script, text);
    const code = script.dataset.mhLocale ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      console.warn(`menneskehandel-widgets: <script data-mh-locale="${code}"> is not valid JSON (${(error as Error).message}); showing nb (bokmål).`);
      continue;
    }
    // Every copy reads the blocks itself, so this copy only.
    pending.push(registerHere(code, data as HostLocaleData));
  }
  return Promise.all(pending).then(() => undefined);
}

/** Reads locale scripts now and whenever one is added or filled in later. */
export function watchLocaleScripts(): void {
  joinOtherCopies();
  if (scriptObserver || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  scriptObserver = new MutationObserver((records) => {
    // The parser adds a script's text after the element, so a change inside one counts too.
    const relevant = records.some(
      (record) =>
        (record.target instanceof HTMLScriptElement && record.target.hasAttribute('data-mh-locale')) ||
        [...record.addedNodes].some((node) => node instanceof Element && (node.localName === 'script' || node.querySelector('script[data-mh-locale]') !== null)),
    );
    if (relevant) void scanLocaleScripts();
  });
  scriptObserver.observe(document.documentElement, { childList: true, subtree: true });
  void scanLocaleScripts();
}
