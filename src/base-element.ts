import { LitElement, html, isServer, nothing, type CSSResultOrNative, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from './locale.js';
import { hasContent } from './content/store.js';
import { getFooterMeta } from './content/meta-footer.js';
import { LocalizeController } from './localize-controller.js';
import { strings as footerStrings } from './footer/strings.js';
import { strings as problemStrings } from './problems/strings.js';
import type { HeadingLevel } from './heading.js';
import { baseStyles } from './styles/base.js';
import { hasStringsFor } from './strings.js';
import { clip, toDate, toText } from './attributes.js';
import { prerenderedLanguageUnknown, RENDERED_AT_ATTRIBUTE, renderLikeServer, serverHostOf, serverRenderClock } from './prerender.js';

/** Each instance's initial value of its text properties: what a removed attribute or null restores. */
const textDefaults = new WeakMap<object, Map<PropertyKey, unknown>>();

const connected = new Set<MhElement>();

/** Fired on window by <mh-quick-exit> (or a host) to hide every widget and forget what was entered. */
export const QUICK_EXIT_EVENT = 'mh-quick-exit';

/** Widgets hidden by a quick exit, so a bfcache restore shows them again but not ones the host hid. */
const hiddenByExit = new WeakSet<MhElement>();

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

/** How a widget's source footer looks: the full citation, or one line naming the guide. */
export type FooterMode = 'full' | 'compact';

const FOOTER_VALUES = ['auto', 'full', 'compact'] as const;

/** Widgets whose last render showed a source footer, to find the first one of each region. */
const footerWidgets = new Set<MhElement>();
/** The footer each widget showed in its last render. */
const renderedFooter = new WeakMap<MhElement, FooterMode>();
let footerCheckQueued = false;

/**
 * The page region a footer belongs to: the nearest landmark (main, aside, dialog, a named
 * section, an ARIA region), else the document or shadow root. Each region gets one full footer.
 */
const REGION_SELECTOR =
  'main, aside, dialog, section[aria-label], section[aria-labelledby], [role="main"], [role="complementary"], [role="region"], [role="dialog"]';

/** The valid `source-footer` value of a widget, if any. */
function footerChoice(element: MhElement): FooterMode | undefined {
  return element.sourceFooter === 'full' || element.sourceFooter === 'compact' ? element.sourceFooter : undefined;
}

function footerRegion(element: Element): Node {
  return element.parentElement?.closest(REGION_SELECTOR) ?? element.getRootNode();
}

/**
 * The footer `element` shows: its `source-footer` value when set, else full for the first widget
 * of its region in document order that shows a full footer, and compact for those after it.
 */
function footerModeOf(element: MhElement): FooterMode {
  // The widget's own choice wins (also on the server, where no other widget is known).
  const own = footerChoice(element);
  if (own) return own;
  const region = footerRegion(element);
  const members = [...footerWidgets, element]
    .filter((candidate, index, list) => list.indexOf(candidate) === index && candidate.isConnected && footerRegion(candidate) === region)
    .sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  let fullSeen = false;
  for (const member of members) {
    const chosen = footerChoice(member);
    const mode: FooterMode = chosen ?? (fullSeen ? 'compact' : 'full');
    if (member === element) return mode;
    if (mode === 'full') fullSeen = true;
  }
  return 'full';
}

/** After a widget appeared, went or changed its footer, re-render those whose footer is now wrong. */
function queueFooterCheck(): void {
  if (footerCheckQueued) return;
  footerCheckQueued = true;
  queueMicrotask(() => {
    footerCheckQueued = false;
    for (const element of footerWidgets) {
      if (element.isConnected && footerModeOf(element) !== renderedFooter.get(element)) element.requestUpdate();
    }
  });
}

/** Whether `element` is rendered inside another widget's shadow root (the parts of <mh-guide>). */
function insideWidget(element: Element): boolean {
  if (typeof ShadowRoot === 'undefined') return serverHostOf(element) instanceof MhElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host instanceof MhElement;
}

/** Style sheets rebuilt for another document (an iframe a widget was moved into), per document. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();
const restyled = new WeakSet<ShadowRoot>();

/**
 * A shadow root can only use style sheets made in its own document. A widget moved into another
 * document (`iframe.contentDocument.body.append(widget)`) would lose its styles: rebuild them
 * there (constructed sheets, so a strict style-src CSP still allows them), and restore Lit's own
 * when it comes back.
 */
function adoptStylesFor(element: MhElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
  const doc = element.ownerDocument;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (doc === document) {
    if (restyled.delete(root)) root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    return;
  }
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  const built = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
      sheets.set(style, sheet);
    }
    return sheet;
  });
  root.adoptedStyleSheets = built;
  restyled.add(root);
}

/**
 * What is wrong with an attribute value: `invalid` (not one of the valid values), `unknown`
 * (tokens of a list attribute that were left out), `link` (an address that is not allowed).
 */
export type AttributeProblem = 'invalid' | 'unknown' | 'link';

/** An attribute problem found while parsing, kept as data so its notice renders in the current language. */
export interface AttributeIssue {
  kind: AttributeProblem;
  attribute: string;
  /** The bad value as shown (clipped). */
  shown: string;
  /** The accepted values, comma-separated ('' when not a fixed list). */
  valid: string;
  fallback?: string;
}

/**
 * The notice when the nn or en chunk did not load (the script copied without its chunks). In the
 * main file, in the widget's language, because that language's own strings are in the chunk.
 */
const LOCALE_FAILED: Record<string, string> = {
  nn: 'Teksten er vist på bokmål fordi språkfila for nynorsk ikkje kunne lastast.',
  en: 'This text is shown in Norwegian Bokmål because the English language file could not be loaded.',
};

/**
 * Base of every widget: its language (a LocalizeController), one-time console warnings for bad input, the
 * visible problem message and the source footer. Widget-specific behaviour lives in components/.
 * The theming below is shared by every widget (styles in src/styles/base.ts; Storybook's Theming
 * page lists them).
 *
 * @attr {string} lang - Language of the widget (nb, nn, en or a registered host language); when not set, the nearest ancestor's `lang` or `<html lang>`. Never written by the widget.
 * @attr {'light' | 'dark'} color-scheme - Force the light or dark default colours; without it the widget follows the host's CSS `color-scheme`.
 * @cssprop --mh-accent - Links, buttons, checkbox accent and markers (default #1a5a96; on a dark scheme #9ccaff).
 * @cssprop --mh-accent-contrast - Text on accent-coloured buttons (default #ffffff; on a dark scheme #0b1a2e).
 * @cssprop --mh-surface - Background of the whole widget (default transparent: the host's background).
 * @cssprop --mh-surface-raised - Background of cards, notices and the current item (default rgba(127, 127, 127, 0.08)).
 * @cssprop --mh-border-color - Borders and dividers (default rgba(127, 127, 127, 0.55)).
 * @cssprop --mh-radius - Corner radius (default max(0.375rem, 6px)).
 * @cssprop --mh-spacing - Base spacing; paddings and gaps are multiples of it (default max(1rem, 16px)).
 * @cssprop --mh-focus-color - Focus ring (default #c8430c; on a dark scheme #ffb27a).
 * @cssprop --mh-danger-color - Problem notices, "Myte" labels, urgent markers and the quick exit button (default #b3261e; text on a dark scheme #ff9a8f).
 * @cssprop --mh-muted-color - Secondary text such as notes and hints (default: the text colour).
 * @cssprop --mh-line-height - Line height of body text; headings use 1.25 (default 1.5).
 * @cssprop --mh-measure - Longest line of a paragraph (default 75ch).
 */
export class MhElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * `lang` is the native attribute and property, not a Lit property: the widget reads its language
   * from its own attribute or its ancestors and never writes one. A written `lang=""` would mean
   * "unknown language" to `:lang()`, `hyphens: auto` and screen readers, and re-render every
   * widget on load.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // A new language re-renders the notices in it; it is not a new bad value, so no new warning.
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * The source footer: `full` (the guide's title, publisher, edition and link) or `compact` (one
   * line naming the guide, its edition, the part and the link). Unset or `auto`: the first widget
   * of a page region in document order shows the full footer, the widgets after it the compact one.
   */
  @property({ attribute: 'source-footer' }) sourceFooter = '';

  private footerShownThisRender = false;
  /** A bad `source-footer` value, noted when it changes. */
  private footerIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sourceFooter')) {
      this.footerIssue =
        this.sourceFooter && !(FOOTER_VALUES as readonly string[]).includes(this.sourceFooter)
          ? this.noteAttributeProblem('invalid', 'source-footer', this.sourceFooter, FOOTER_VALUES, 'auto')
          : undefined;
    }
  }

  /**
   * Set from the moment a prerendered shadow root (declarative shadow DOM from renderWidget) is
   * found until the first update, which hydrates it and must render what the server rendered:
   * the same footer, the clock the server used (none, or renderWidget's `now`).
   */
  private hydration?: { footer?: FooterMode; now?: Date };

  /** The first render of prerendered markup waits for the widget's language (see scheduleUpdate). */
  private waitForLanguage = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (!prerendered || root !== prerendered || this.hasUpdated) return root;
    // Prerendered markup that appeared after the widgets were defined without the hydration
    // support (the page held none when the script ran): Lit would render after it, doubling it.
    // (Lit's hydration support marks itself with an own observedAttributes on LitElement.)
    if (!Object.hasOwn(LitElement, 'observedAttributes')) {
      root.replaceChildren();
      // LitElement would render before the first prerendered node, which is gone now.
      this.renderOptions.renderBefore = null;
      this.waitForLanguage = true;
      return root;
    }
    // Rendered from scratch (src/hydrate-support.ts), not hydrated: nothing to match, but its
    // first render still waits for the language, so prerendered text is not replaced by bokmål.
    if (prerenderedLanguageUnknown(this)) {
      this.waitForLanguage = true;
      return root;
    }
    const footer = root.querySelector('.mh-footer--compact') ? 'compact' : root.querySelector('.mh-footer') ? 'full' : undefined;
    this.hydration = { footer, now: toDate(this.getAttribute(RENDERED_AT_ATTRIBUTE) ?? undefined) };
    return root;
  }

  /**
   * The time for output that depends on the clock (the open-now badges): on the server and while
   * hydrating, the time the server rendered with (undefined: leave that output out); else now.
   */
  protected get clock(): Date | undefined {
    if (this.hydration) return this.hydration.now;
    return isServer ? serverRenderClock() : new Date();
  }

  /** Hydration (and a from-scratch render of prerendered markup) waits for the widget's language, so prerendered nn/en text is never replaced by nb. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Other updates stay synchronous: waiting here would delay every widget's render by a tick.
    if (!this.hydration && !this.waitForLanguage) return super.scheduleUpdate();
    this.waitForLanguage = false;
    return this.localize.loaded.then(() => super.scheduleUpdate());
  }

  constructor() {
    super();
    // Every widget's own render, with the notice first when its language file failed to load.
    // Then all of the widget (UI strings and content) is bokmål inside a page in another
    // language: marked lang="nb" as a whole (WCAG 3.1.2), the notice itself in the page's language.
    const renderOwn = this.render;
    this.render = () =>
      this.localize.failed
        ? html`${this.renderLocaleProblem()}<div class="nb-fallback" lang="nb">${renderOwn.call(this)}</div>`
        : html`${this.renderLocaleProblem()}${renderOwn.call(this)}`;
  }

  /** A visible notice when this widget's language (nn/en) could not be loaded and nb is shown. */
  private renderLocaleProblem(): TemplateResult | typeof nothing {
    if (!this.localize.failed) return nothing;
    const lang = this.language;
    // Inside another widget (the parts of <mh-guide>) the outer widget shows it once.
    if (insideWidget(this)) return nothing;
    return this.renderProblem(LOCALE_FAILED[lang] ?? '');
  }

  private warnedKeys = new Set<string>();

  /**
   * Text properties (attributes without a `type`) always hold a string, or their initial value:
   * a removed attribute (null), or a property set from script to null, a number or an object,
   * never reaches render as a non-string that would throw on `.trim()` or `.split()`.
   */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    if (!descriptor?.set || options.attribute === false || (options.type !== undefined && options.type !== String)) return descriptor;
    const { set } = descriptor;
    return {
      ...descriptor,
      set(this: MhElement, value: unknown) {
        let defaults = textDefaults.get(this);
        if (!defaults) textDefaults.set(this, (defaults = new Map()));
        // The first assignment is the class field's initial value.
        if (!defaults.has(name)) defaults.set(name, value);
        else if (typeof value !== 'string') {
          const initial = defaults.get(name);
          value = value === null || value === undefined ? initial : toText(value, typeof initial === 'string' ? initial : '');
        }
        set.call(this, value);
      },
    };
  }

  /** Language resolution, loading and re-rendering on `lang` changes (src/localize-controller.ts). */
  protected readonly localize = new LocalizeController(this);

  /**
   * The language this widget renders in. nn and en load on first use: until they arrive the
   * strings and content fall back to nb, and the widget re-renders when they do.
   */
  protected get language(): Lang {
    return this.localize.lang;
  }

  /**
   * `lang` for the elements showing `domain` content: "nb" when the widget's language has no
   * `domain` data (nn/en not translated yet, a host language) and the nb text is shown, so screen
   * readers and hyphenation treat it as Norwegian; else nothing (the page's language applies).
   */
  protected contentLang(domain: string): 'nb' | typeof nothing {
    return hasContent(domain, this.language) ? nothing : 'nb';
  }

  /**
   * `lang` for UI strings of table `key` that repeat the guide's words: "nb" when this language
   * has no table for the widget (a host language without one, or a chunk not loaded) and nb's is shown.
   */
  protected uiLang(key: string): 'nb' | typeof nothing {
    return hasStringsFor(this.language, key) ? nothing : 'nb';
  }

  /** Resolves once this widget's language is loaded and the widget has rendered in it. */
  get localeReady(): Promise<boolean> {
    return this.localize.ready;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.takeOverEarlyProperties();
    adoptStylesFor(this);
    connected.add(this);
    watchPage();
    // Moved in the page: the first footer of a region may have changed.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * A property set on the element before it was defined (a framework that rendered before the
   * widget's module loaded) is an own property that hides the class's setter. Lit takes over the
   * declared (`@property`) ones; this re-runs the others, such as the checklist's `selected`,
   * through their setters (the `_upgradeProperty` pattern).
   */
  private takeOverEarlyProperties(): void {
    const declared = (this.constructor as typeof MhElement).elementProperties;
    for (const name of Object.getOwnPropertyNames(this)) {
      if (declared.has(name)) continue;
      let setter: ((value: unknown) => void) | undefined;
      for (let proto = Object.getPrototypeOf(this); proto && proto !== HTMLElement.prototype && !setter; proto = Object.getPrototypeOf(proto)) {
        setter = Object.getOwnPropertyDescriptor(proto, name)?.set;
      }
      if (!setter) continue;
      const value: unknown = Reflect.get(this, name);
      Reflect.deleteProperty(this, name);
      setter.call(this, value);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (footerWidgets.delete(this)) queueFooterCheck();
  }

  protected override update(changed: PropertyValues): void {
    this.footerShownThisRender = false;
    const before = renderedFooter.get(this);
    const hydrating = this.hydration !== undefined;
    try {
      if (hydrating) renderLikeServer(() => super.update(changed));
      else super.update(changed);
    } finally {
      this.hydration = undefined;
    }
    // Then fill in what the server could not know (the clock, the page's address, the footer of
    // the second widget in a region), in an update of its own: Lit's dev build warns about an
    // update requested during one.
    if (hydrating) void this.updateComplete.then(() => this.requestUpdate(), () => undefined);
    if (!this.footerShownThisRender) renderedFooter.delete(this);
    const had = footerWidgets.has(this);
    if (this.footerShownThisRender) footerWidgets.add(this);
    else footerWidgets.delete(this);
    if (had !== footerWidgets.has(this) || before !== renderedFooter.get(this) || changed.has('sourceFooter')) queueFooterCheck();
  }

  /**
   * Forgets everything a user entered (ticks, answers, search text) and returns to the initial
   * state. Widgets with state override this and call super. Called on quick exit and when the
   * page is restored from the back-forward cache.
   */
  resetState(): void {
    // Widgets without user state have nothing to clear.
  }

  /** Logs `message` once per key for this element, so re-renders do not flood the console. */
  protected warnOnce(key: string, message: string): void {
    if (this.warnedKeys.has(key)) return;
    this.warnedKeys.add(key);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** Forget earlier warnings, e.g. after an attribute changed to another bad value. */
  protected resetWarnings(): void {
    this.warnedKeys.clear();
  }

  /**
   * Notes an attribute value the widget can not use, while parsing attributes (in `willUpdate`):
   * one English console.warn per attribute and value, and the problem as data, which
   * `renderAttributeIssue` shows in the widget's language at render time (so a `lang` change needs
   * no new parse). `value` is the bad value (for `unknown`, the tokens left out), `valid` the
   * accepted values and `fallback` what the widget uses instead; a link without a fallback is left out.
   */
  protected noteAttributeProblem(kind: AttributeProblem, attribute: string, value: unknown, valid: readonly unknown[] = [], fallback?: unknown): AttributeIssue {
    // Clipped: a 1 MB attribute value quoted whole in the notice would freeze the page's layout.
    const shown = clip(toText(value));
    const list = valid.join(', ');
    const link = kind === 'link';
    const what =
      kind === 'unknown'
        ? `${attribute}: unknown value(s) "${shown}" left out`
        : link
          ? `${attribute}="${shown}" is not allowed. Use an https: address or a same-site path starting with "/"`
          : `${attribute}="${shown}" is not valid`;
    const instead = fallback === undefined ? (link ? ' The link is left out.' : '') : ` Using ${fallback}.`;
    this.warnOnce(`${attribute}:${shown}`, `${what}.${list ? ` Valid values: ${list}.` : ''}${instead}`);
    return { kind, attribute, shown, valid: list, fallback: fallback === undefined ? undefined : String(fallback) };
  }

  /** The visible notice for a problem `noteAttributeProblem` returned, in the widget's language. */
  protected renderAttributeIssue(issue: AttributeIssue): TemplateResult {
    const t = problemStrings(this.language);
    const link = issue.kind === 'link';
    const after = issue.fallback === undefined ? (link ? t.leftOut : '') : t.using(issue.fallback);
    const text = link ? t.link(issue.attribute, issue.shown) : t[issue.kind](issue.attribute, issue.shown, issue.valid);
    return this.renderProblem(after ? `${text} ${after}` : text);
  }

  /**
   * `noteAttributeProblem` and `renderAttributeIssue` at once, for a widget that still checks an
   * attribute while rendering (the warning is still logged once per value).
   */
  protected attributeProblem(kind: AttributeProblem, attribute: string, value: unknown, valid: readonly unknown[] = [], fallback?: unknown): TemplateResult {
    return this.renderAttributeIssue(this.noteAttributeProblem(kind, attribute, value, valid, fallback));
  }

  /** The level for a `heading-level` value, and the problem when it is not 2–6 (`fallback` is used then). For `willUpdate`. */
  protected parseHeadingLevel(value: unknown, fallback: HeadingLevel = 2): { level: HeadingLevel; issue?: AttributeIssue } {
    const level = Number(value);
    return Number.isInteger(level) && level >= 2 && level <= 6
      ? { level: level as HeadingLevel }
      : { level: fallback, issue: this.noteAttributeProblem('invalid', 'heading-level', value, [2, 3, 4, 5, 6], fallback) };
  }

  /** `parseHeadingLevel` with the notice rendered, for a widget that checks while rendering. */
  protected checkHeadingLevel(value: unknown, fallback: HeadingLevel = 2): { level: HeadingLevel; problem?: TemplateResult } {
    const { level, issue } = this.parseHeadingLevel(value, fallback);
    return issue ? { level, problem: this.renderAttributeIssue(issue) } : { level };
  }

  /** A visible message for bad input; `blocking` makes it an alert because the widget cannot show its content. */
  protected renderProblem(message: string, blocking = false): TemplateResult {
    return html`<p class="mh-problem" part="problem" role=${blocking ? 'alert' : nothing}>${message}</p>`;
  }

  /**
   * The footer naming the guide, its edition and the part shown, with a link to the original.
   * With several widgets in one page region only the first shows the full citation; the others
   * show one line (see `source-footer`).
   */
  protected renderSourceFooter(parts: readonly number[] = [], extra: TemplateResult | typeof nothing = nothing): TemplateResult | typeof nothing {
    // Inside another widget (the parts of <mh-guide>) the outer footer names the source once.
    if (insideWidget(this)) return nothing;
    const lang = this.language;
    const meta = getFooterMeta(lang);
    const nbMeta = getFooterMeta('nb');
    const label = footerStrings(lang);
    const problem = this.footerIssue ? this.renderAttributeIssue(this.footerIssue) : nothing;
    const mode = this.hydration?.footer ?? footerModeOf(this);
    this.footerShownThisRender = true;
    renderedFooter.set(this, mode);
    // A div, not <footer>: a footer outside sectioning content is a contentinfo landmark, and a page
    // with several widgets would then have several.
    if (mode === 'compact') {
      return html`${problem}<div class="mh-footer mh-footer--compact" part="footer">
        <p>
          ${label.source}: ${label.shortTitle} (${meta.edition})${parts.length ? html`, ${label.part(parts)}` : nothing} ·
          <a href=${nbMeta.url}>${meta.urlLabel}</a>${lang === 'nb' ? nothing : html` (${label.unofficialShort})`}
        </p>
        ${extra}
      </div>`;
    }
    const partText = parts.length ? ` ${label.part(parts)}.` : '';
    return html`${problem}<div class="mh-footer" part="footer">
      <p>
        ${label.source}: <cite lang="nb">${nbMeta.title}</cite> (<span lang=${this.contentLang('meta')}>${meta.publisher}, ${meta.publisherParent}</span>, ${label.edition}
        ${meta.edition}).${partText}
        <a href=${nbMeta.url}>${meta.urlLabel}</a>
      </p>
      ${lang === 'nb' ? nothing : html`<p>${label.unofficial}</p>`} ${extra}
    </div>`;
  }

}
