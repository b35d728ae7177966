/**
 * Release gate: the sticky quick exit never hides the focused element (WCAG 2.2, 2.4.11 Focus Not
 * Obscured). For each widget, a page like a host's: `<mh-quick-exit position="sticky-top"
 * show-help>` first in <body> with its help disclosure open (the tallest the bar gets), then every
 * example of the widget. Real Tab and Shift+Tab presses go through the whole page at 360 × 740 and
 * 1280 × 800; at every stop, points over the focused element's box are probed with
 * elementFromPoint (through shadow roots): at least one must hit the element itself.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { WIDGETS, deepActiveElement, describe_, expectedTabStops, renderGateExample, settled, stubQuickExits } from './widgets.js';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The element at a viewport point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `node` is `ancestor` or inside it, across shadow boundaries. */
function composedWithin(node: Node | null, ancestor: Element): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * Why the focused element cannot be seen, or '' if some of it can: a 5 × 5 grid of points over
 * its box (inside the viewport) must reach the element itself at one point at least.
 */
function obscured(element: Element): string {
  const box = element.getBoundingClientRect();
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, innerWidth);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  if (right - left < 1 || bottom - top < 1) return `outside the viewport (top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)})`;
  const covers = new Set<string>();
  for (let i = 0; i < 5; i += 1) {
    for (let j = 0; j < 5; j += 1) {
      const x = left + ((right - left) * (i + 0.5)) / 5;
      const y = top + ((bottom - top) * (j + 0.5)) / 5;
      const hit = deepElementFromPoint(x, y);
      if (composedWithin(hit, element)) return '';
      covers.add(describe_(hit));
    }
  }
  return `covered by ${[...covers].join(', ')} (top ${Math.round(box.top)})`;
}

/** A host page: the sticky bar first in <body>, its help open, then every example of one widget. */
async function renderPage(widget: (typeof WIDGETS)[number]): Promise<{ bar: HTMLElement; page: HTMLElement; end: HTMLButtonElement; stops: number }> {
  const page = await fixture<HTMLDivElement>('<div lang="nb"></div>');
  const bar = document.createElement('mh-quick-exit');
  bar.setAttribute('position', 'sticky-top');
  bar.setAttribute('show-help', '');
  // Sticky to the viewport only as a child of <body> (as the README says).
  document.body.prepend(bar);
  stubQuickExits(bar);
  await settled(bar);
  const toggle = bar.shadowRoot!.querySelector('details');
  if (toggle) toggle.open = true;
  let stops = expectedTabStops(bar).length;
  for (const example of widget.examples) {
    const element = await renderGateExample(example, 'nb');
    page.append(element.parentElement!);
    stops += expectedTabStops(element).length;
  }
  await settled(page);
  stubQuickExits(page);
  const end = document.createElement('button');
  end.textContent = 'end of page';
  page.append(end);
  return { bar, page, end, stops };
}

/** Presses `key` until `last` has focus; returns the stops where the focused element was hidden. */
async function journey(key: 'Tab' | 'Shift+Tab', last: Element, limit: number): Promise<{ stops: number; hidden: string[] }> {
  const hidden: string[] = [];
  // Shift is held through the whole backward journey (one key event less per stop).
  if (key === 'Shift+Tab') await sendKeys({ down: 'Shift' });
  try {
    return await pressUntil(key, last, limit, hidden);
  } finally {
    if (key === 'Shift+Tab') await sendKeys({ up: 'Shift' });
  }
}

async function pressUntil(key: string, last: Element, limit: number, hidden: string[]): Promise<{ stops: number; hidden: string[] }> {
  let stops = 0;
  for (; stops < limit; stops += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || active === document.body) throw new Error(`${key}: focus left the page after ${stops} stops`);
    if (active === last) return { stops: stops + 1, hidden };
    // The widget moves a covered element in the frame after focus (after the browser's own
    // scroll, before paint): look again after that frame before calling it hidden.
    let problem = obscured(active);
    if (problem) {
      await nextFrame();
      problem = obscured(active);
    }
    if (problem) hidden.push(`${key} #${stops + 1} ${describe_(active)}: ${problem}`);
  }
  throw new Error(`${key}: did not reach ${describe_(last)} in ${limit} presses`);
}

describe('gate: the sticky quick exit never covers the focused element (2.4.11)', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    for (const bar of document.querySelectorAll('body > mh-quick-exit')) bar.remove();
    scrollTo(0, 0);
  });

  for (const viewport of VIEWPORTS) {
    for (const widget of WIDGETS) {
      it(`${viewport.width} × ${viewport.height}: <${widget.tag}>, every example, Tab and Shift+Tab`, async function () {
        // Hundreds of real key presses for the large widgets on a loaded machine.
        this.timeout(300_000);
        await setViewport(viewport);
        const { bar, end, stops: expected } = await renderPage(widget);
        const button = bar.shadowRoot!.querySelector('button')!;
        expect(bar.getBoundingClientRect().height, 'bar height').to.be.greaterThan(40);
        button.focus();
        const forward = await journey('Tab', end, expected + 20);
        // Every stop once: the widgets' stops, the bar's, and the end button (not the start).
        expect(forward.stops, 'Tab stops').to.equal(expected);
        const backward = await journey('Shift+Tab', button, expected + 20);
        expect(backward.stops, 'Shift+Tab stops').to.equal(forward.stops);
        expect([...forward.hidden, ...backward.hidden], `of ${forward.stops} stops each way`).to.deep.equal([]);
      });
    }
  }
});
