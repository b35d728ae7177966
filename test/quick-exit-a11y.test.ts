/**
 * <mh-quick-exit>: the shortcut announced with the button, `no-shortcut`, and a sticky bar that
 * never covers the focused element (WCAG 2.2, 2.4.11). The page-wide keyboard journey is the gate
 * in test/gates/focus-not-obscured.test.ts.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../components/quick-exit/define.js';
import '../components/guide/define.js';
import type { MhQuickExit } from '../components/quick-exit/quick-exit.js';
import { FOCUS_GAP_PX, HEIGHT_PROPERTY } from '../components/quick-exit/reserve-space.js';
import { strings } from '../components/quick-exit/strings.js';
import { nn } from '../components/quick-exit/strings.nn.js';
import { en } from '../components/quick-exit/strings.en.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { nth } from './helpers/index.js';

const isChromium = navigator.userAgent.includes('Chrome/');
const SHORTCUTS = { nb: strings('nb').shortcut, nn: nn.shortcut, en: en.shortcut } as const;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

/** Renders a quick exit with navigation stubbed; `body` puts it first in <body> (sticky to the viewport). */
async function render(markup: string, { body = false } = {}): Promise<{ element: MhQuickExit; navigations: string[] }> {
  const navigations: string[] = [];
  const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const element = wrapper.firstElementChild as MhQuickExit;
  element.navigate = (href) => navigations.push(href);
  if (body) document.body.prepend(element);
  await element.localeReady;
  return { element, navigations };
}

const button = (element: MhQuickExit) => element.shadowRoot!.querySelector('button')!;

/** A tall page under the bar, so that it scrolls and the bar sticks. */
function tallPage(): HTMLElement {
  const page = document.createElement('div');
  page.style.height = '4000px';
  document.body.append(page);
  return page;
}

describe('<mh-quick-exit>: the shortcut is announced with the button', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`the button's description is the shortcut sentence (${lang})`, async () => {
      const { element } = await render(`<mh-quick-exit lang="${lang}"></mh-quick-exit>`);
      const describedBy = button(element).getAttribute('aria-describedby');
      expect(describedBy, 'aria-describedby').to.be.a('string');
      const description = element.shadowRoot!.getElementById(describedBy!);
      expect(description, 'description in the same shadow root').to.not.equal(null);
      expect(description!.textContent!.trim()).to.equal(SHORTCUTS[lang]);
      expect(SHORTCUTS[lang]).to.match(/Shift/);
      // Said with the button, not a second time as page text.
      expect(description!.getClientRects().length, 'description not shown as text').to.equal(0);
      await expect(element).to.be.accessible();
    });
  }

  it('the accessibility tree gives the button its name and the shortcut as description (Chromium)', async function () {
    if (!isChromium) {
      expect(await executeServerCommand('mh-ax-names'), 'no CDP outside Chromium').to.equal(false);
      return;
    }
    const { element } = await render('<mh-quick-exit></mh-quick-exit>');
    button(element).setAttribute('data-mh-ax-id', 'exit');
    const tree = await executeServerCommand<Record<string, { role: string; name: string; description: string }>, undefined>('mh-ax-names');
    expect(tree!.exit).to.deep.equal({ role: 'button', name: strings('nb').button, description: SHORTCUTS.nb });
  });

  it('no-shortcut: no description, the help leaves Shift out, three Shifts do nothing, the button still works by keyboard', async () => {
    const { element, navigations } = await render('<mh-quick-exit no-shortcut show-help></mh-quick-exit>');
    expect(button(element).hasAttribute('aria-describedby')).to.equal(false);
    const help = element.shadowRoot!.querySelector('[part="help"]')!.textContent!;
    expect(help).to.include(strings('nb').helpWhat);
    expect(help).to.include(strings('nb').helpHistory);
    expect(help).to.not.include('Shift');
    await expect(element).to.be.accessible();
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    expect(navigations, 'Shift × 3 with no-shortcut').to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(), 'no count announced').to.equal('');
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('with a no-shortcut exit first on the page, the next one keeps the shortcut its description promises', async () => {
    const first = await render('<mh-quick-exit no-shortcut></mh-quick-exit>');
    const second = await render('<mh-quick-exit></mh-quick-exit>');
    expect(button(second.element).hasAttribute('aria-describedby')).to.equal(true);
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    expect(first.navigations).to.deep.equal([]);
    expect(second.navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('without no-shortcut, the help text still names the shortcut', async () => {
    const { element } = await render('<mh-quick-exit show-help></mh-quick-exit>');
    expect(element.shadowRoot!.querySelector('[part="help"]')!.textContent).to.include(SHORTCUTS.nb);
  });
});

describe('<mh-quick-exit position="sticky-top">: keeps the focused element below itself', () => {
  const root = document.documentElement;
  afterEach(async () => {
    for (const node of document.querySelectorAll('body > mh-quick-exit, body > [data-tall], body > mh-guide')) node.remove();
    root.style.removeProperty('scroll-padding-top');
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('sets scroll-padding-top on <html> to the bar height plus a gap, follows the help opening, and restores the host inline value', async () => {
    await setViewport({ width: 360, height: 740 });
    root.style.setProperty('scroll-padding-top', '10px');
    const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
    await nextFrame();
    const closed = element.getBoundingClientRect().height;
    expect(parseFloat(getComputedStyle(root).scrollPaddingTop)).to.equal(Math.ceil(closed) + FOCUS_GAP_PX);
    expect(getComputedStyle(root).getPropertyValue(HEIGHT_PROPERTY).trim()).to.equal(`${Math.ceil(closed)}px`);
    // Open "Slik virker knappen": the bar grows; the padding follows (ResizeObserver, before paint).
    const toggle = element.shadowRoot!.querySelector('details')!;
    toggle.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle.open, 'help opened by keyboard').to.equal(true);
    await nextFrame();
    await nextFrame();
    const open = element.getBoundingClientRect().height;
    expect(open).to.be.greaterThan(closed + 20);
    expect(parseFloat(getComputedStyle(root).scrollPaddingTop)).to.equal(Math.ceil(open) + FOCUS_GAP_PX);
    element.remove();
    expect(root.style.getPropertyValue('scroll-padding-top'), 'host inline value restored').to.equal('10px');
    expect(root.style.getPropertyValue(HEIGHT_PROPERTY)).to.equal('');
  });

  it("keeps the host's own scroll-padding-top when it is larger", async () => {
    root.style.setProperty('scroll-padding-top', '300px');
    await render('<mh-quick-exit position="sticky-top"></mh-quick-exit>', { body: true });
    await nextFrame();
    expect(getComputedStyle(root).scrollPaddingTop).to.equal('300px');
  });

  it("with the README's host CSS (html { scroll-padding-top: 4.5rem }), the open help still fits: the bar's height wins, the host rule is back after removal", async () => {
    await setViewport({ width: 360, height: 740 });
    const style = document.createElement('style');
    style.textContent = 'html { scroll-padding-top: 4.5rem; }';
    document.head.append(style);
    try {
      const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
      element.shadowRoot!.querySelector('details')!.open = true;
      await nextFrame();
      await nextFrame();
      const height = element.getBoundingClientRect().height;
      expect(height, 'open bar taller than 4.5rem').to.be.greaterThan(72);
      expect(parseFloat(getComputedStyle(root).scrollPaddingTop)).to.equal(Math.ceil(height) + FOCUS_GAP_PX);
      element.remove();
      expect(getComputedStyle(root).scrollPaddingTop).to.equal('72px');
    } finally {
      style.remove();
    }
  });

  it('at 320 px with the help open, Shift+Tab back through a page of links leaves none under the bar', async () => {
    await setViewport({ width: 320, height: 640 });
    const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
    element.shadowRoot!.querySelector('details')!.open = true;
    const page = document.createElement('div');
    page.setAttribute('data-tall', '');
    for (let index = 0; index < 12; index += 1) {
      const paragraph = document.createElement('p');
      paragraph.style.margin = '0 0 90px';
      const link = document.createElement('a');
      link.href = `#link-${index}`;
      link.textContent = `Lenke ${index}`;
      paragraph.append(link);
      page.append(paragraph);
    }
    document.body.append(page);
    const links = [...page.querySelectorAll('a')];
    links.at(-1)!.focus();
    await sendKeys({ down: 'Shift' });
    try {
      for (const link of links.slice(0, -1).reverse()) {
        await sendKeys({ press: 'Tab' });
        await nextFrame();
        expect(document.activeElement).to.equal(link);
        expect(link.getBoundingClientRect().top, link.textContent!).to.be.at.least(element.getBoundingClientRect().bottom);
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  });

  it('a bar that is not sticky leaves the page alone', async () => {
    await render('<mh-quick-exit show-help></mh-quick-exit>', { body: true });
    await nextFrame();
    expect(getComputedStyle(root).scrollPaddingTop).to.equal('auto');
    expect(root.style.getPropertyValue(HEIGHT_PROPERTY)).to.equal('');
  });

  it('an element focused by script without scrolling, under the bar, is moved below it before the next paint', async () => {
    await setViewport({ width: 360, height: 740 });
    const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
    const page = tallPage();
    page.setAttribute('data-tall', '');
    const target = document.createElement('button');
    target.textContent = 'target';
    target.style.marginTop = '1500px';
    page.append(target);
    scrollTo(0, target.getBoundingClientRect().top + scrollY - 20);
    await nextFrame();
    const bar = element.getBoundingClientRect();
    expect(target.getBoundingClientRect().top, 'target starts under the bar').to.be.below(bar.bottom);
    target.focus({ preventScroll: true });
    await nextFrame();
    await nextFrame();
    expect(target.getBoundingClientRect().top).to.be.at.least(element.getBoundingClientRect().bottom);
  });

  it('a focus move inside one shadow root, of which the document hears nothing, is followed too', async () => {
    // Tab from link to link inside a widget: the browser's own scroll can leave the element under
    // the bar (Firefox with the guide's sticky list of parts); preventScroll stands in for that here.
    await setViewport({ width: 360, height: 740 });
    const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
    const page = tallPage();
    page.setAttribute('data-tall', '');
    const widget = document.createElement('div');
    const shadow = widget.attachShadow({ mode: 'open' });
    const first = document.createElement('button');
    first.textContent = 'first';
    const second = document.createElement('button');
    second.textContent = 'second';
    second.style.display = 'block';
    second.style.marginTop = '1500px';
    shadow.append(first, second);
    page.append(widget);
    first.focus();
    await nextFrame();
    await nextFrame();
    scrollTo(0, second.getBoundingClientRect().top + scrollY - 20);
    await nextFrame();
    expect(second.getBoundingClientRect().top, 'second starts under the bar').to.be.below(element.getBoundingClientRect().bottom);
    let heardByDocument = 0;
    const count = () => (heardByDocument += 1);
    document.addEventListener('focusin', count, true);
    second.focus({ preventScroll: true });
    document.removeEventListener('focusin', count, true);
    expect(shadow.activeElement, 'second focused').to.equal(second);
    expect(heardByDocument, 'focusin events the document heard').to.equal(0);
    await nextFrame();
    await nextFrame();
    expect(second.getBoundingClientRect().top).to.be.at.least(element.getBoundingClientRect().bottom);
  });

  it("<mh-guide>'s part heading, focused after choosing a part by keyboard, lands below the bar (360 px, help open)", async () => {
    await setViewport({ width: 360, height: 740 });
    const { element } = await render('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>', { body: true });
    const toggle = element.shadowRoot!.querySelector('details')!;
    toggle.open = true;
    const guide = document.createElement('mh-guide');
    guide.setAttribute('no-hash', '');
    guide.setAttribute('no-quick-exit', '');
    document.body.append(guide);
    const tall = tallPage();
    tall.setAttribute('data-tall', '');
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const links = [...guide.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.length).to.be.greaterThan(2);
    nth(links, 2).focus();
    await sendKeys({ press: 'Enter' });
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrame();
    await nextFrame();
    const heading = guide.shadowRoot!.querySelector<HTMLElement>('#part-heading')!;
    expect(guide.shadowRoot!.activeElement, 'heading focused').to.equal(heading);
    expect(scrollY, 'the page scrolled to the part').to.be.greaterThan(0);
    expect(heading.getBoundingClientRect().top).to.be.at.least(element.getBoundingClientRect().bottom);
  });
});
