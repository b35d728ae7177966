import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, QUICK_EXIT_EVENT, type AttributeIssue } from '../../src/base-element.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { StickySpaceController } from './reserve-space.js';
import { PinBarController } from './pin-bar.js';
import { strings } from './strings.js';
import { checkHref } from '../../src/href.js';
import { toText } from '../../src/attributes.js';
import { renderingLikeServer } from '../../src/prerender.js';

/** Where the quick exit goes when no valid `href` is given: a neutral, fast Norwegian site. */
export const DEFAULT_EXIT_HREF = 'https://www.yr.no';

/**
 * The window a quick exit leaves: the topmost window above `view` that is on the same origin.
 * In a same-origin iframe (a CMS that frames the guide) leaving only the frame would keep the
 * page around it on screen, so the exit leaves the whole tab. A cross-origin parent cannot be
 * navigated or even read from here (reading its location throws), so the exit stops below it
 * and leaves only the frames it may.
 */
export function exitWindow(view: Window): Window {
  let target = view;
  try {
    while (target.parent !== target) {
      const parent = target.parent;
      // Throws a SecurityError for a cross-origin parent.
      if (parent.location.origin !== view.location.origin) break;
      target = parent;
    }
  } catch {
    // Cross-origin: the last same-origin window reached is the one to leave.
  }
  return target;
}
/** Shift presses that trigger the exit, and the time they must fall within (GOV.UK's pattern). */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
/** After this long still on the page, an exit that did not leave may be tried again. */
export const EXIT_RETRY_MS = 1000;
/** Marks the element that covers the page while the browser leaves it. */
export const COVER_ATTRIBUTE = 'data-mh-quick-exit-cover';

export const QUICK_EXIT_POSITIONS = ['', 'sticky-top'] as const;

/**
 * An exit address, or null when it is not allowed: only `https:` URLs and same-site paths
 * ("/…", but not "//host", which would leave the site by another scheme's rules), checked after
 * parsing, so a tab, CR, LF or NUL hidden in the value can not change where it goes.
 */
export function safeExitHref(value: unknown): string | null {
  return checkHref(value, 'path');
}

/** Instances on the page; only the first (without `no-shortcut`) listens to the keyboard, so three Shifts exit once. */
const instances = new Set<MhQuickExit>();

/** Called when a quick exit joins or leaves the page (`<mh-guide>` leaves its own out when the page has one). */
const instanceWatchers = new Set<() => void>();

/** Calls `watcher` whenever a quick exit is connected or disconnected; returns the unsubscribe. */
export function watchQuickExits(watcher: () => void): () => void {
  instanceWatchers.add(watcher);
  return () => instanceWatchers.delete(watcher);
}

function quickExitsChanged(): void {
  for (const watcher of instanceWatchers) watcher();
}

/**
 * Covers the whole page at once, without changing the host's own elements, so nothing stays
 * readable while the next page loads. Removed again on `pageshow` (back-forward cache).
 */
function coverPage(doc: Document): void {
  if (!doc.body || doc.querySelector(`[${COVER_ATTRIBUTE}]`)) return;
  const cover = doc.createElement('div');
  cover.setAttribute(COVER_ATTRIBUTE, '');
  cover.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: allowed under a strict style-src CSP.
  const style = cover.style;
  style.setProperty('position', 'fixed');
  style.setProperty('inset', '0');
  style.setProperty('z-index', '2147483647');
  style.setProperty('background', 'Canvas');
  doc.body.append(cover);
}

function uncoverPage(doc: Document): void {
  for (const cover of doc.querySelectorAll(`[${COVER_ATTRIBUTE}]`)) cover.remove();
}

/**
 * A button that leaves the page at once for a neutral site, for a person who may be watched.
 * Pressing Shift three times within five seconds does the same (`no-shortcut` turns that off; the
 * button's accessible description says so). A sticky bar keeps the focused element below itself.
 * Leaving hides every widget, clears what was entered (the `mh-quick-exit` window event), covers
 * the page and replaces it in the history (`location.replace`), so Back does not return to it. It
 * does not erase browser history.
 *
 * Without JavaScript, put a plain link inside: it shows until the element upgrades, then the
 * button replaces it (the shadow root has no slot).
 *
 * @summary "Forlat siden raskt": leave the page at once (button or Shift three times).
 * @fires {Event} mh-quick-exit - On `window`, just before leaving; every widget hides and resets.
 * @slot - Fallback link for pages without JavaScript; not shown once the element runs.
 * @csspart bar - The row holding the button and help text.
 * @csspart button - The exit button.
 * @csspart help - The help text (`show-help`).
 * @csspart help-toggle - The disclosure holding the help text in a sticky bar on narrow screens.
 * @csspart problem - The notice shown for invalid attribute values.
 * @cssprop --mh-quick-exit-background - Button background (default: --mh-danger-color, #b3261e).
 * @cssprop --mh-quick-exit-color - Button text colour (default #ffffff).
 * @cssprop --mh-quick-exit-bar-background - Background of the sticky bar (default Canvas).
 * @cssprop --mh-quick-exit-z-index - Stacking of the sticky bar (default 1000).
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 */
export class MhQuickExit extends MhElement {
  static override styles = [...MhElement.styles, quickExitStyles];

  /** Where to go: an https: address or a same-site path ("/…"). Default https://www.yr.no. */
  @property() href = '';

  /** `sticky-top` keeps the button at the top of the viewport while the page scrolls. */
  @property({ reflect: true }) position = '';

  /** Show a short text on what the button does and does not do. */
  @property({ type: Boolean, attribute: 'show-help' }) showHelp = false;

  /**
   * Turns the Shift shortcut off (the button still works). For sites whose users press Shift
   * alone often, e.g. screen-reader users who pause speech with it (NVDA).
   */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false;

  // Declared properties (not plain fields), so a value set before the element is defined survives the upgrade.
  /** Leaves the page; replace it in tests, or to add host clean-up before leaving. */
  @property({ attribute: false }) navigate: (href: string) => void = (href) => exitWindow(this.ownerDocument.defaultView ?? window).location.replace(href);

  /** Time source in milliseconds for the Shift count; replace it in tests. */
  @property({ attribute: false }) now: () => number = () => performance.now();

  @state() private announcement = '';

  /** A sticky bar keeps the focused element below itself (scroll padding, focusin). */
  protected readonly stickySpace: StickySpaceController = new StickySpaceController(
    this,
    () => this.position === 'sticky-top',
    (): Element => this.renderRoot?.querySelector?.('.bar') ?? this,
  );

  /** Anywhere in the page (a content column, a <p>), the sticky bar pins to the top across the window. */
  protected readonly pinBar = new PinBarController(
    this,
    () => this.position === 'sticky-top',
    (key, message) => this.warnOnce(key, message),
  );

  private presses: number[] = [];
  private shiftDown = false;
  private shiftAlone = false;
  private exiting = false;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (this.noShortcut || !this.ownsKeyboard) return;
    if (event.key === 'Shift') {
      if (!event.repeat) {
        this.shiftDown = true;
        this.shiftAlone = true;
      }
      return;
    }
    // Any other key, including one pressed while Shift is held, starts the count again.
    this.shiftAlone = false;
    this.clearCount();
  };

  private readonly onKeyUp = (event: KeyboardEvent) => {
    if (this.noShortcut || !this.ownsKeyboard || event.key !== 'Shift') return;
    const alone = this.shiftDown && this.shiftAlone;
    this.shiftDown = false;
    this.shiftAlone = false;
    if (!alone) return;
    const now = this.time();
    this.presses = [...this.presses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.presses.length >= SHIFT_PRESSES) this.exit();
    else this.announcement = strings(this.language).remaining(SHIFT_PRESSES - this.presses.length);
  };

  private readonly onPageShow = () => {
    this.exiting = false;
    this.clearCount();
    uncoverPage(this.ownerDocument);
  };

  private get ownsKeyboard(): boolean {
    // The first instance whose shortcut is on: its button's description promises it.
    for (const instance of instances) if (!instance.noShortcut) return instance === this;
    return false;
  }

  /** The address the exit goes to, after validation. */
  get exitHref(): string {
    return safeExitHref(this.requestedHref ?? '') ?? DEFAULT_EXIT_HREF;
  }

  /** `href`, else the fallback link's address, else nothing. Never throws, whatever `href` holds. */
  private get requestedHref(): string | null {
    const href = toText(this.href);
    if (href.trim()) return href;
    // On the server (renderWidget) there is no light DOM to read; hydration then renders the link's address.
    if (typeof this.querySelector !== 'function') return null;
    return this.querySelector('a[href]')?.getAttribute('href') ?? null;
  }

  /**
   * The address asked for (`href` or the fallback link's) and the one the rendered link uses,
   * parsed when that address changes; render only reads them. Undefined until the first update.
   */
  private parsedHref?: { requested: string | null; exit: string; issue?: AttributeIssue };
  private positionIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Compared by value, not by `changed`: the fallback link in the light DOM is not a property.
    const requested = this.requestedHref;
    if (!this.parsedHref || this.parsedHref.requested !== requested) {
      const safe = requested === null ? null : safeExitHref(requested);
      const bad = requested !== null && requested.trim() !== '' && safe === null;
      this.parsedHref = { requested, exit: safe ?? DEFAULT_EXIT_HREF, issue: bad ? this.noteAttributeProblem('link', 'href', requested, [], DEFAULT_EXIT_HREF) : undefined };
    }
    if (changed.has('position')) {
      this.positionIssue = (QUICK_EXIT_POSITIONS as readonly string[]).includes(this.position) ? undefined : this.noteAttributeProblem('invalid', 'position', this.position, ['sticky-top']);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    instances.add(this);
    quickExitsChanged();
    const view = this.ownerDocument.defaultView ?? window;
    view.addEventListener('keydown', this.onKeyDown, true);
    view.addEventListener('keyup', this.onKeyUp, true);
    view.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.delete(this);
    quickExitsChanged();
    const view = this.ownerDocument.defaultView ?? window;
    view.removeEventListener('keydown', this.onKeyDown, true);
    view.removeEventListener('keyup', this.onKeyUp, true);
    view.removeEventListener('pageshow', this.onPageShow);
  }

  override resetState(): void {
    super.resetState();
    this.shiftDown = false;
    this.shiftAlone = false;
    this.clearCount();
  }

  /**
   * Leaves now: tells every widget to hide and forget, covers the page, replaces it in history.
   * Each step is guarded, so no attribute value, host listener or failing `navigate` can leave the
   * button disarmed: if the page is still here after a failed attempt, the next press tries again.
   */
  exit(): void {
    if (this.exiting) return;
    this.exiting = true;
    let href = DEFAULT_EXIT_HREF;
    try {
      href = this.exitHref;
    } catch {
      // Keep the default address.
    }
    this.clearCount();
    const view = this.ownerDocument.defaultView ?? window;
    try {
      view.dispatchEvent(new Event(QUICK_EXIT_EVENT));
      coverPage(this.ownerDocument);
    } catch {
      // Hiding is a courtesy; leaving is what matters.
    }
    try {
      this.navigate(href);
    } catch {
      try {
        exitWindow(view).location.replace(href);
      } catch {
        view.location.replace(DEFAULT_EXIT_HREF);
      }
    } finally {
      // A navigation that did not happen (blocked, or a host's navigate that stays) must not
      // leave the next press ignored; a real one unloads the page before this matters.
      view.setTimeout(() => (this.exiting = false), EXIT_RETRY_MS);
    }
  }

  /** `now()`, or the real clock when a host replaced it with something that is not a clock. */
  private time(): number {
    try {
      const time = Number(this.now());
      if (Number.isFinite(time)) return time;
    } catch {
      // Fall through to the real clock.
    }
    return performance.now();
  }

  private clearCount(): void {
    this.presses = [];
    this.announcement = '';
  }

  protected override render(): TemplateResult {
    const t = strings(this.language);
    // Prerendered (server, and the hydration render that must match it): a plain link to the exit
    // works without script, the Shift shortcut does not.
    const prerender = renderingLikeServer();
    const shortcut = !this.noShortcut && !prerender;
    const help = [t.helpWhat, shortcut ? t.shortcut : '', t.helpHistory].filter(Boolean).join(' ');
    // The shortcut is the button's description, so a screen reader says it with the button
    // (before a user meets it by pressing Shift to pause speech). No aria-keyshortcuts: it
    // cannot express "the same key three times".
    // Its strings in nb, inside a page in a language with no quick-exit strings of its own: say so.
    const lang = this.uiLang('quick-exit');
    return html`<div class="bar" part="bar">
      ${prerender
        ? html`<a class="exit-link" part="button" lang=${lang} href=${this.parsedHref?.exit ?? DEFAULT_EXIT_HREF}>${t.button}</a>`
        : html`<button type="button" part="button" lang=${lang} aria-describedby=${shortcut ? 'shortcut' : nothing} @click=${() => this.exit()}>${t.button}</button>`}
      ${shortcut ? html`<span id="shortcut" lang=${lang} hidden>${t.shortcut}</span>` : nothing}
      ${this.showHelp ? html`<p class="help help-inline" part="help" lang=${lang}>${help}</p>` : nothing}
      ${this.showHelp && this.position === 'sticky-top'
        ? // On a narrow screen the sticky bar would cover a third of it with the help text: there
          // the help folds into a disclosure (CSS shows one of the two; the other is display: none,
          // so assistive technology meets it once).
          html`<details class="help-toggle" part="help-toggle" lang=${lang}>
            <summary>${t.helpSummary}</summary>
            <p class="help">${help}</p>
          </details>`
        : nothing}
      ${this.parsedHref?.issue ? this.renderAttributeIssue(this.parsedHref.issue) : nothing}
      ${this.positionIssue ? this.renderAttributeIssue(this.positionIssue) : nothing}
      <p class="visually-hidden" role="status" lang=${lang}>${this.announcement}</p>
    </div>${this.position === 'sticky-top' ? html`<div class="spacer"></div>` : nothing}`;
  }
}
