/**
 * Prerendered widgets hydrate when they are needed (issue #18, Lighthouse: hydrating every widget
 * of a page at load blocked the main thread for seconds). A widget off screen stays prerendered
 * HTML until it comes near the viewport or is focused by keyboard; the quick exit hydrates at once,
 * so its Shift×3 shortcut works before any other widget has hydrated.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAPTURE, readableText as textOf, writeIntoFrame } from './prerendered-page.js';

type FrameWindow = Window & typeof globalThis & { captured: string[] };
type Widget = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** A blocker for IntersectionObserver: the observer never reports, so only focus or a key can hydrate. */
const NO_OBSERVER = `<script>
window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return []; } };
</script>`;

/** The first prerendered snippet of dist/html/<widget>.nb.html, as the page's source has it. */
async function snippet(widget: string): Promise<string> {
  const response = await fetch(`/dist/html/${widget}.nb.html`);
  expect(response.ok, `dist/html/${widget}.nb.html (run npm run build)`).to.equal(true);
  return /<!-- mh-snippet:[\s\S]*?<!-- \/mh-snippet -->/.exec(await response.text())![0];
}

/** The text a reader gets from a widget, white space collapsed. */
const readableText = (node: Node): string => textOf(node).replace(/\s+/g, ' ').trim();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, ms = 4000): Promise<void> {
  for (let waited = 0; waited < ms && !condition(); waited += 20) await pause(20);
  expect(condition(), what).to.equal(true);
}

/**
 * A page 700 px high: a quick exit and a contact card on screen, then 4000 px of text, then a
 * button and a second contact card far below, each card in a region of its own (so each keeps the
 * full footer it was rendered with). Loaded as served (declarative shadow roots), then
 * the script tag.
 */
async function loadPage(extraHead = ''): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document; exit: Widget; top: Widget; far: Widget }> {
  const [exitSnippet, cardSnippet] = await Promise.all([snippet('quick-exit'), snippet('contact-card')]);
  const frame = await writeIntoFrame(`<!doctype html><html lang="nb"><head><base href="/dist/html/">${CAPTURE}${extraHead}</head><body>
<main>${exitSnippet}<section id="top" aria-label="Øverst">${cardSnippet}</section>
<p style="height: 4000px">Tekst.</p>
<button id="before-far">Før kortet</button>
<section id="far" aria-label="Lenger ned">${cardSnippet}</section></main></body></html>`);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  const exit = doc.querySelector('mh-quick-exit') as Widget;
  const top = doc.querySelector('#top mh-contact-card') as Widget;
  const far = doc.querySelector('#far mh-contact-card') as Widget;
  for (const element of [exit, top, far]) expect(element.shadowRoot, `<${element.localName}> prerendered`).to.not.equal(null);
  return { frame, win, doc, exit, top, far };
}

function loadScript(doc: Document): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/cdn/menneskehandel-widgets.js';
  doc.body.append(script);
}

describe('Prerendered widgets hydrate when needed, the quick exit at once', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('an off-screen widget stays prerendered at load and hydrates when scrolled near, with the same text', async () => {
    const { win, doc, top, far } = await loadPage();
    const farText = readableText(far);
    expect(farText).to.include('ROSA');
    loadScript(doc);
    await until(() => win.customElements.get('mh-contact-card') !== undefined, 'mh-contact-card defined');
    await until(() => top.hasUpdated === true, 'the on-screen card hydrated');
    // Time for any hydration that was going to happen at load.
    await pause(500);
    expect(far.hasUpdated, 'the card 4000 px below not hydrated').to.equal(false);
    expect(far.hasAttribute('defer-hydration')).to.equal(true);
    // Its prerendered text and tel: link are there meanwhile.
    expect(readableText(far)).to.equal(farText);
    expect(far.shadowRoot!.querySelector('a[href^="tel:"]')).to.not.equal(null);

    win.scrollTo(0, doc.documentElement.scrollHeight);
    await until(() => far.hasUpdated === true, 'the far card hydrated once scrolled near');
    await far.updateComplete;
    expect(far.hasAttribute('defer-hydration')).to.equal(false);
    expect(readableText(far)).to.equal(farText);
    expect(far.shadowRoot!.querySelectorAll('.mh-footer').length, 'not rendered twice').to.be.at.most(1);
    expect(win.captured, 'console errors and warnings').to.deep.equal([]);
  });

  it('a widget reached by Tab hydrates on focus, keeps the focus, and its link works by keyboard', async () => {
    // No observer reports: only the focus can hydrate the far card.
    const { win, doc, top, far } = await loadPage(NO_OBSERVER);
    const farText = readableText(far);
    loadScript(doc);
    await until(() => win.customElements.get('mh-quick-exit') !== undefined, 'mh-quick-exit defined');
    await pause(300);
    // Its module waits for the widget to come near or be focused (src/loader.ts): not even defined.
    expect(Boolean(far.hasUpdated) || Boolean(top.hasUpdated), 'not hydrated before the focus').to.equal(false);

    const fired: Event[] = [];
    win.addEventListener('mh-contact-call', (event) => fired.push(event));
    // A tel: link would ask the system for a phone app; the widget's listener runs first.
    win.addEventListener('click', (event) => {
      if (event.composedPath().some((node) => (node as Element).localName === 'a')) event.preventDefault();
    });
    (doc.querySelector('#before-far') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const focused = far.shadowRoot!.activeElement;
    expect(focused, 'Tab moved into the far card').to.not.equal(null);
    await until(() => far.hasUpdated === true, 'the far card hydrated on focus');
    await far.updateComplete;
    expect(far.shadowRoot!.activeElement, 'focus kept through hydration').to.equal(focused);
    expect(readableText(far)).to.equal(farText);

    const link = far.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => fired.length > 0, 'mh-contact-call after hydration');
    expect(win.captured, 'console errors and warnings').to.deep.equal([]);
  });

  it('the quick exit is never deferred: Shift × 3 leaves before any other widget hydrated', async () => {
    const { win, doc, exit, top, far } = await loadPage(NO_OBSERVER);
    loadScript(doc);
    await until(() => exit.hasUpdated === true, 'the quick exit hydrated');
    expect(exit.hasAttribute('defer-hydration')).to.equal(false);
    expect(Boolean(top.hasUpdated) || Boolean(far.hasUpdated), 'no contact card hydrated yet').to.equal(false);
    // Not even defined: the loader fetches a prerendered widget's module when it comes near.
    expect(win.customElements.get('mh-contact-card'), 'contact card module not loaded').to.equal(undefined);

    const navigations: string[] = [];
    (exit as Widget & { navigate: (href: string) => void }).navigate = (href) => navigations.push(href);
    (doc.querySelector('#before-far') as HTMLButtonElement).focus({ preventScroll: true });
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    await until(() => navigations.length > 0, 'Shift × 3 navigated');
    expect(navigations).to.deep.equal([exit.getAttribute('href') ?? 'https://www.yr.no']);
    expect(Boolean(top.hasUpdated) || Boolean(far.hasUpdated), 'still no contact card hydrated').to.equal(false);
    expect(win.captured, 'console errors and warnings').to.deep.equal([]);
  });
});
