import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Set on the bar while it is pinned to the top of the window. */
export const PINNED_CLASS = 'pinned';

/**
 * CSS that makes an element the containing block of its `position: fixed` descendants (so a
 * "fixed" bar inside it would stay inside it, not at the top of the window).
 */
function trapsFixed(style: CSSStyleDeclaration): string | null {
  if (style.transform && style.transform !== 'none') return `transform: ${style.transform}`;
  if (style.translate && style.translate !== 'none') return `translate: ${style.translate}`;
  if (style.scale && style.scale !== 'none') return `scale: ${style.scale}`;
  if (style.rotate && style.rotate !== 'none') return `rotate: ${style.rotate}`;
  if (style.perspective && style.perspective !== 'none') return `perspective: ${style.perspective}`;
  if (style.filter && style.filter !== 'none') return `filter: ${style.filter}`;
  const backdrop = style.getPropertyValue('backdrop-filter');
  if (backdrop && backdrop !== 'none') return `backdrop-filter: ${backdrop}`;
  if (/\b(layout|paint|strict|content)\b/.test(style.contain)) return `contain: ${style.contain}`;
  const container = style.getPropertyValue('container-type');
  if (container && container !== 'normal') return `container-type: ${container}`;
  if (/\b(transform|perspective|filter|translate|scale|rotate)\b/.test(style.willChange)) return `will-change: ${style.willChange}`;
  return null;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  return `<${element.localName}${id}${classes}>`;
}

/**
 * A sticky quick exit placed where CSS `position: sticky` cannot do its job: inside a theme's
 * content column (a bar only as wide as the column) or inside a `<p>` a rich-text editor put around
 * it (the sticky box cannot leave its parent, so it scrolls away with it). As soon as the bar's
 * place reaches the top of the window, the bar is pinned there (`position: fixed`) across the whole
 * window, its content still lined up with the column, and an empty box of its height keeps its
 * place in the page, so nothing moves. When the place comes back into view the bar returns to it.
 *
 * An ancestor with `transform`, `filter`, `contain` and the like keeps a fixed element inside
 * itself: then the bar stays sticky within that ancestor only, and one console warning names it.
 */
export class PinBarController implements ReactiveController {
  pinned = false;
  /** The ancestor that traps a fixed bar, and why; checked when the bar becomes sticky. */
  private trap: { element: Element; why: string } | null = null;
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isSticky: () => boolean,
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.trap = null;
  }

  hostUpdated(): void {
    const sticky = this.isSticky();
    if (sticky && !this.listening) {
      this.listen(true);
      this.trap = this.findTrap();
      if (this.trap) {
        this.warn(
          'position:trapped',
          `position="sticky-top": ${describe(this.trap.element)} around it has "${this.trap.why}", so the bar can only stay at the top of the window while that element is on screen. Place <mh-quick-exit> outside it (for example first in <body>; the WordPress plugin's site-wide quick exit does that).`,
        );
      }
    } else if (!sticky && this.listening) {
      this.listen(false);
    }
    this.check();
  }

  hostDisconnected(): void {
    this.listen(false);
    this.setPinned(false);
  }

  private listen(on: boolean): void {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return;
    this.listening = on;
    // Capture: an inner scrolling element (an app shell) scrolls the bar's place too.
    if (on) {
      view.addEventListener('scroll', this.check, { capture: true, passive: true });
      view.addEventListener('resize', this.check, { passive: true });
    } else {
      view.removeEventListener('scroll', this.check, { capture: true });
      view.removeEventListener('resize', this.check);
    }
  }

  private findTrap(): { element: Element; why: string } | null {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return null;
    let node: Element | null = this.host.parentElement ?? ((this.host.getRootNode() as ShadowRoot).host || null);
    while (node && node !== this.host.ownerDocument.documentElement) {
      const why = trapsFixed(view.getComputedStyle(node));
      if (why) return { element: node, why };
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    return null;
  }

  /** The bar to pin and the box that keeps its place (rendered only in a sticky bar), in the shadow root. */
  private parts(): { bar: HTMLElement; spacer: HTMLElement | null } | null {
    const root = this.host.shadowRoot;
    const bar = root?.querySelector<HTMLElement>('.bar');
    return bar ? { bar, spacer: root!.querySelector<HTMLElement>('.spacer') } : null;
  }

  /** Pins or unpins as the bar's place in the page says now; keeps the pinned bar lined up with it. */
  readonly check = (): void => {
    const place = this.host.getBoundingClientRect();
    // At or above the top of the window (a stuck sticky box sits at 0): pinned.
    const pin = this.host.isConnected && this.isSticky() && !this.trap && place.height > 0 && place.top <= 0.5;
    this.setPinned(pin);
    const parts = this.parts();
    if (!this.pinned || !parts) return;
    const width = this.host.ownerDocument.documentElement.clientWidth;
    parts.bar.style.setProperty('--_pin-start', `${Math.max(0, Math.round(place.left))}px`);
    parts.bar.style.setProperty('--_pin-end', `${Math.max(0, Math.round(width - place.right))}px`);
  };

  private setPinned(pin: boolean): void {
    if (pin === this.pinned) return;
    const parts = this.parts();
    if (!parts || (pin && !parts.spacer)) return;
    if (pin) {
      // The place keeps the bar's height as it was in the page, so the content below stays put.
      // CSSOM, not a style attribute: allowed under a strict style-src CSP.
      parts.spacer!.style.setProperty('height', `${parts.bar.getBoundingClientRect().height}px`);
      parts.bar.classList.add(PINNED_CLASS);
    } else {
      parts.bar.classList.remove(PINNED_CLASS);
      parts.spacer?.style.removeProperty('height');
      parts.bar.style.removeProperty('--_pin-start');
      parts.bar.style.removeProperty('--_pin-end');
    }
    this.pinned = pin;
  }
}
