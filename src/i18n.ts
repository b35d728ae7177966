/**
 * Loading languages. nb is in every bundle. nn and en (UI strings and translated content) are one
 * chunk each, imported the first time a widget resolves to that language, from the folder the
 * script was loaded from. A host may add a language with registerLocale or a
 * `<script type="application/json" data-mh-locale="uk">` block; that data is checked against the
 * content schemas, which load (with zod) only then.
 */
import { registerContent } from './content/store.js';
import { addLanguage, normalizeLang } from './locale.js';
import { registerStrings, UI_KEYS } from './strings.js';

/** What a locale chunk (locales/<lang>.ts) exports: UI tables per widget key and content per domain. */
export interface LocaleBundle {
  ui: Record<string, object>;
  content: Record<string, unknown>;
}

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
const BUILTIN: Record<string, () => Promise<{ default: LocaleBundle }>> = {
  nn: () => import('../locales/nn.js'),
  en: () => import('../locales/en.js'),
};

const loads = new Map<string, Promise<void>>();
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

function registerBundle(lang: string, bundle: LocaleBundle): void {
  for (const [key, table] of Object.entries(bundle.ui)) registerStrings(lang, key, table);
  for (const [domain, data] of Object.entries(bundle.content)) registerContent(lang, domain, data);
}

/** Starts loading `lang` if it is nn or en and not loaded yet; widgets show nb meanwhile. */
export function ensureLocale(lang: string): void {
  const load = Object.hasOwn(BUILTIN, lang) ? BUILTIN[lang] : undefined;
  if (loads.has(lang) || !load) return;
  loads.set(
    lang,
    load().then(
      (module) => registerBundle(lang, module.default),
      (error: unknown) => {
        failedLocales.add(lang);
        for (const listener of failureListeners) listener();
        console.warn(
          `menneskehandel-widgets: could not load the "${lang}" language file; showing nb (bokmål). ` +
            'Copy the whole cdn/ folder, so the locale files sit next to the script.',
          error,
        );
      },
    ),
  );
}

/**
 * Resolves when `lang` (a tag such as "nn-NO") is ready: nn/en loaded (or failed, then nb is
 * shown), a host locale checked and registered. Never rejects.
 */
export function whenLocaleLoaded(lang: string): Promise<void> {
  const code = normalizeLang(lang);
  ensureLocale(code);
  return loads.get(code) ?? loads.get(lang.trim().toLowerCase()) ?? Promise.resolve();
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
  const done = ((valid && loads.get(lang)) || Promise.resolve())
    .then(() => import('./host-locale.js'))
    .then(async (checks) => {
      if (!valid) return checks.warnBadCode(code);
      const checked = await checks.checkHostLocale(lang, data, UI_KEYS);
      if (!checked) return;
      for (const [key, table] of checked.ui) registerStrings(lang, key, table, checks.mergeHostTable);
      for (const [domain, file] of Object.entries(checked.content)) registerContent(lang, domain, file);
      addLanguage(lang);
    })
    .catch((error: unknown) => console.warn(`menneskehandel-widgets: locale "${lang}" could not be checked; showing nb (bokmål).`, error));
  if (valid) loads.set(lang, done);
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
