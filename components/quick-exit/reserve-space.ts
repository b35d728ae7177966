import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Room kept between the bottom of the sticky bar and a focused element (a 3 px focus ring and air). */
export const FOCUS_GAP_PX = 8;
const PROPERTY = 'scroll-padding-top';
/** The bar's height on <html>, for other sticky elements to stick below it (the guide's list of parts). */
export const HEIGHT_PROPERTY = '--mh-quick-exit-height';

/** Sticky quick exits on the page, in connection order; only the first reserves space. */
const stickyBars = new Set<StickySpaceController>();

/**
 * Keeps a sticky quick exit from covering the element that has keyboard focus (WCAG 2.2, 2.4.11
 * Focus Not Obscured). While the bar is sticky and connected, it sets `scroll-padding-top` on the
 * document to the bar's height (or the host's own value, if larger), so the browser scrolls
 * focused elements, in-page targets and `scrollIntoView()` below the bar; a ResizeObserver
 * follows the bar's height (help opened, text wrapping at 320 px, zoom), also published as
 * `--mh-quick-exit-height` on <html> for other sticky elements (the guide's list of parts). Elements focused without
 * that scroll (`focus({ preventScroll: true })`, a host whose scroll container is not the page)
 * and sticky elements the browser does not scroll out from under the bar (Firefox, the guide's
 * list of parts) are moved below the bar on `focusin` (in the document and in every shadow root
 * focus has entered), before the next paint. The host's inline value is restored when the bar
 * goes away. The bar's box is the `.bar` element (given by the widget), which pin-bar.ts may pin
 * across the window while the element itself keeps its place in the page.
 */
export class StickySpaceController implements ReactiveController {
  private observer: ResizeObserver | null = null;
  /** The host page's own inline `scroll-padding-top` on <html>, while ours replaces it. */
  private saved: { value: string; priority: string } | null = null;
  private frame = 0;
  /** Shadow roots that focus has entered, listened to for focus moves inside them. */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly isSticky: () => boolean,
    /** The element that covers the page: the bar, which may be pinned across the window (pin-bar.ts). */
    private readonly bar: () => Element = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('focusin', this.onFocusIn, true);
    // Moved in the page (disconnected and connected again) without a new render.
    if (this.host.hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('focusin', this.onFocusIn, true);
    for (const root of this.shadowRoots) this.unlisten(root);
    this.stop();
    // The next sticky bar, if any, takes over.
    for (const next of stickyBars) next.sync();
  }

  /** Starts or stops reserving space, as the `position` and computed style say now. */
  sync(): void {
    const view = this.host.ownerDocument.defaultView;
    const sticky = this.host.isConnected && this.isSticky() && !!view && /^(sticky|fixed)$/.test(view.getComputedStyle(this.host).position);
    if (!sticky) {
      this.stop();
      return;
    }
    stickyBars.add(this);
    if (!this.owns) return;
    if (!this.observer && typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(() => this.reserve());
      this.observer.observe(this.host);
      const bar = this.bar();
      if (bar !== this.host) this.observer.observe(bar);
    }
    this.reserve();
  }

  private get owns(): boolean {
    return stickyBars.values().next().value === this;
  }

  /** Sets the document's scroll padding to the bar's height plus a gap, or the host's own if larger. */
  private reserve(): void {
    if (!this.owns || !this.host.isConnected) return;
    const root = this.host.ownerDocument.documentElement;
    const view = this.host.ownerDocument.defaultView!;
    if (!this.saved) this.saved = { value: root.style.getPropertyValue(PROPERTY), priority: root.style.getPropertyPriority(PROPERTY) };
    // Read what the host's own CSS asks for (e.g. `html { scroll-padding-top: 4.5rem }`) with ours taken off.
    this.restoreInline(root);
    const hostPadding = parseFloat(view.getComputedStyle(root).scrollPaddingTop) || 0;
    const height = Math.ceil(Math.max(this.host.getBoundingClientRect().height, this.bar().getBoundingClientRect().height));
    root.style.setProperty(HEIGHT_PROPERTY, `${height}px`);
    const needed = height + FOCUS_GAP_PX;
    // CSSOM, not a style attribute, so a strict style-src CSP allows it. Not !important: a host
    // rule marked so wins, and then the focusin fallback below still keeps focus in view.
    if (needed > hostPadding) root.style.setProperty(PROPERTY, `${needed}px`);
  }

  private restoreInline(root: HTMLElement): void {
    if (!this.saved) return;
    if (this.saved.value) root.style.setProperty(PROPERTY, this.saved.value, this.saved.priority);
    else root.style.removeProperty(PROPERTY);
  }

  private stop(): void {
    const owned = this.owns;
    stickyBars.delete(this);
    this.observer?.disconnect();
    this.observer = null;
    if (owned) {
      this.restoreInline(this.host.ownerDocument.documentElement);
      this.host.ownerDocument.documentElement.style.removeProperty(HEIGHT_PROPERTY);
    }
    this.saved = null;
    const view = this.host.ownerDocument.defaultView;
    if (this.frame && view) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After the browser's own scroll-into-view (it runs after focus events), before the next paint. */
  private readonly onFocusIn = () => {
    const view = this.host.ownerDocument.defaultView;
    if (!this.owns || !view) return;
    this.listenInShadowRoots();
    if (this.frame) view.cancelAnimationFrame(this.frame);
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.uncoverFocus(view);
    });
  };

  /**
   * A focus move between two elements of one shadow tree (Tab from link to link inside a widget)
   * sends the document no `focusin`: retargeted, its target and relatedTarget are the same host.
   * So each shadow root that focus has entered gets the listener too, until its widget leaves the
   * page or the bar goes away.
   */
  private listenInShadowRoots(): void {
    for (const root of this.shadowRoots) {
      if (!root.host.isConnected) this.unlisten(root);
    }
    let focused: Element | null = this.host.ownerDocument.activeElement;
    while (focused?.shadowRoot) {
      const root = focused.shadowRoot;
      if (!this.shadowRoots.has(root)) {
        this.shadowRoots.add(root);
        root.addEventListener('focusin', this.onFocusIn, true);
      }
      focused = root.activeElement;
    }
  }

  private unlisten(root: ShadowRoot): void {
    root.removeEventListener('focusin', this.onFocusIn, true);
    this.shadowRoots.delete(root);
  }

  private uncoverFocus(view: Window): void {
    let focused: Element | null = this.host.ownerDocument.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused === this.host || this.host.contains(focused) || focused.getRootNode() === this.host.shadowRoot) return;
    const bar = this.bar().getBoundingClientRect();
    const box = focused.getBoundingClientRect();
    if (box.height === 0) return;
    const overlaps = box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
    // Firefox now and then leaves a Tab target wholly off screen on a long page (its scroll went
    // the other way, hundreds of pixels): a keyboard user would have lost the focus, so bring it
    // back. Only a visible focus ring (keyboard), so a script's own smooth scroll is left alone.
    const lost = focused.matches(':focus-visible');
    const viewportHeight = this.host.ownerDocument.documentElement.clientHeight;
    if (overlaps || (lost && box.bottom <= 0)) view.scrollBy({ top: box.top - bar.bottom - FOCUS_GAP_PX, behavior: 'instant' });
    else if (lost && box.top >= viewportHeight) view.scrollBy({ top: box.bottom - viewportHeight + FOCUS_GAP_PX, behavior: 'instant' });
  }
}
