import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../components/quick-exit/define.js';
import { COVER_ATTRIBUTE, DEFAULT_EXIT_HREF, safeExitHref, type MhQuickExit } from '../components/quick-exit/quick-exit.js';
import { MhElement, QUICK_EXIT_EVENT } from '../src/base-element.js';
import { captureWarnings, renderExample, waitFor } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

/** A widget with state, to see that the quick exit reaches the others. */
class StatefulTestElement extends MhElement {
  resets = 0;
  entered = 'ticked';
  override resetState(): void {
    super.resetState();
    this.resets += 1;
    this.entered = '';
  }
}
customElements.define('mh-test-stateful', StatefulTestElement);

interface Harness {
  element: MhQuickExit;
  navigations: string[];
  clock: { time: number };
}

/** Renders with navigation and time stubbed, so no test ever leaves the test page. */
async function setup(markup: string): Promise<Harness> {
  const navigations: string[] = [];
  const clock = { time: 1000 };
  const element = await renderExample<MhQuickExit>({
    name: 'test',
    description: '',
    markup,
    setup: (node) => {
      const exit = node as MhQuickExit;
      exit.navigate = (href) => navigations.push(href);
      exit.now = () => clock.time;
    },
  });
  return { element, navigations, clock };
}

const status = (element: MhQuickExit) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const button = (element: MhQuickExit) => element.shadowRoot!.querySelector('button')!;

async function shift(times = 1): Promise<void> {
  for (let index = 0; index < times; index += 1) await sendKeys({ press: 'Shift' });
}

describe('<mh-quick-exit>', () => {
  afterEach(() => {
    for (const cover of document.querySelectorAll(`[${COVER_ATTRIBUTE}]`)) cover.remove();
  });

  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  it('shows a button "Forlat siden raskt"', async () => {
    const { element } = await setup('<mh-quick-exit></mh-quick-exit>');
    expect(button(element).textContent!.trim()).to.equal('Forlat siden raskt');
    expect(button(element).type).to.equal('button');
  });

  it('click: fires mh-quick-exit on window, hides and resets other widgets, covers the page, navigates to href', async () => {
    const other = await fixture<StatefulTestElement>(html`<mh-test-stateful></mh-test-stateful>`);
    const { element, navigations } = await setup('<mh-quick-exit href="https://www.nrk.no/"></mh-quick-exit>');
    let fired = 0;
    const listener = () => (fired += 1);
    window.addEventListener(QUICK_EXIT_EVENT, listener);
    button(element).click();
    window.removeEventListener(QUICK_EXIT_EVENT, listener);
    expect(fired).to.equal(1);
    expect(other.hidden).to.equal(true);
    expect(other.resets).to.equal(1);
    expect(other.entered).to.equal('');
    expect(element.hidden).to.equal(true);
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.not.equal(null);
    expect(navigations).to.deep.equal(['https://www.nrk.no/']);
  });

  it('goes to https://www.yr.no by default', async () => {
    const { element, navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    button(element).click();
    expect(navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('keyboard: Tab reaches the button and Enter leaves', async () => {
    const { element, navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    const before = document.createElement('input');
    before.setAttribute('aria-label', 'before');
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element));
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('Shift three times leaves, announcing the presses left', async () => {
    const { element, navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    await shift();
    await element.updateComplete;
    expect(status(element)).to.equal('Trykk Shift 2 ganger til for å forlate siden');
    await shift();
    await element.updateComplete;
    expect(status(element)).to.equal('Trykk Shift 1 gang til for å forlate siden');
    expect(navigations).to.deep.equal([]);
    await shift();
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('Shift held as a modifier (Shift+A) does not count', async () => {
    const { navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    for (let index = 0; index < 4; index += 1) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    expect(navigations).to.deep.equal([]);
  });

  it('two Shifts, then another key, start the count again', async () => {
    const { element, navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    await shift(2);
    await sendKeys({ press: 'KeyA' });
    await element.updateComplete;
    expect(status(element)).to.equal('');
    await shift();
    expect(navigations).to.deep.equal([]);
    await element.updateComplete;
    expect(status(element)).to.equal('Trykk Shift 2 ganger til for å forlate siden');
    await shift(2);
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('Shifts spread over more than 5 seconds do not leave (fake clock)', async () => {
    const { navigations, clock } = await setup('<mh-quick-exit></mh-quick-exit>');
    clock.time = 0;
    await shift();
    clock.time = 3000;
    await shift();
    clock.time = 6000;
    await shift();
    expect(navigations, 'first press is 6 s old').to.deep.equal([]);
    clock.time = 6500;
    await shift();
    expect(navigations, 'three presses within 3.5 s').to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('with two quick exits on a page, three Shifts leave once', async () => {
    const navigations: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div><mh-quick-exit></mh-quick-exit><mh-quick-exit></mh-quick-exit></div>`);
    for (const exit of wrapper.querySelectorAll('mh-quick-exit')) exit.navigate = (href) => navigations.push(href);
    await shift(3);
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('pageshow from the back-forward cache clears the count and the cover', async () => {
    const { element, navigations } = await setup('<mh-quick-exit></mh-quick-exit>');
    await shift(2);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await element.updateComplete;
    expect(status(element)).to.equal('');
    await shift();
    expect(navigations).to.deep.equal([]);
    button(element).click();
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.not.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.equal(null);
  });

  it('bad href: default address, visible notice and one warning naming the allowed values', async () => {
    let harness!: Harness;
    const warnings = await captureWarnings(async () => {
      harness = await setup('<mh-quick-exit href="http://www.yr.no"></mh-quick-exit>');
      harness.element.requestUpdate();
      await harness.element.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('href="http://www.yr.no"').and.include('https:').and.include('"/"');
    expect(harness.element.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.include('«http://www.yr.no»');
    button(harness.element).click();
    expect(harness.navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('accepts only https: addresses and same-site paths', () => {
    expect(safeExitHref('https://www.nrk.no')).to.equal('https://www.nrk.no');
    expect(safeExitHref('/')).to.equal('/');
    expect(safeExitHref('/nyheter')).to.equal('/nyheter');
    for (const bad of ['http://www.yr.no', 'javascript:alert(1)', '//evil.example', '/\\evil.example', 'yr.no', 'data:text/html,x', 'https://user:pw@yr.no', '']) {
      expect(safeExitHref(bad), bad).to.equal(null);
    }
  });

  it('without JavaScript the fallback link works; upgraded, the button replaces it and uses its address', async () => {
    const { element, navigations } = await setup('<mh-quick-exit><a href="https://www.nrk.no">Forlat siden raskt</a></mh-quick-exit>');
    const link = element.querySelector('a')!;
    expect(link.getClientRects().length, 'the unslotted link is not rendered').to.equal(0);
    button(element).click();
    expect(navigations).to.deep.equal(['https://www.nrk.no']);
  });

  it('position="sticky-top" sticks to the top and fits 320 px', async () => {
    const { element } = await setup('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>');
    element.parentElement!.style.width = '320px';
    expect(getComputedStyle(element).position).to.equal('sticky');
    expect(getComputedStyle(element).top).to.equal('0px');
    expect(element.scrollWidth).to.be.at.most(320);
  });

  describe('sticky bar with help on a narrow screen', () => {
    before(() => setViewport({ width: 320, height: 568 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('folds the help into a disclosure so the bar stays small; the keyboard opens it', async () => {
      const { element } = await setup('<mh-quick-exit position="sticky-top" show-help></mh-quick-exit>');
      const root = element.shadowRoot!;
      const inline = root.querySelector('.help-inline')!;
      const toggle = root.querySelector<HTMLDetailsElement>('[part="help-toggle"]')!;
      expect(inline.getClientRects().length, 'inline help hidden').to.equal(0);
      expect(toggle.getClientRects().length, 'disclosure shown').to.be.above(0);
      // The button (44 px) and the one-line summary, with the bar's padding: far from the 194 px
      // the whole help text took at this width.
      expect(element.getBoundingClientRect().height).to.be.below(120);
      await expect(element).to.be.accessible();

      button(element).focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(toggle.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(toggle.open).to.equal(true);
      expect(toggle.querySelector('.help')!.textContent).to.include('Nettleserhistorikken blir ikke slettet');
      await expect(element).to.be.accessible();
    });

    it('keeps the help inline when the bar is not sticky', async () => {
      const { element } = await setup('<mh-quick-exit show-help></mh-quick-exit>');
      expect(element.shadowRoot!.querySelector('[part="help-toggle"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('.help-inline')!.getClientRects().length).to.be.above(0);
    });
  });

  it('bad position: notice and warning', async () => {
    let harness!: Harness;
    const warnings = await captureWarnings(async () => {
      harness = await setup('<mh-quick-exit position="bottom"></mh-quick-exit>');
    });
    expect(warnings.join()).to.include('position="bottom"').and.include('sticky-top');
    expect(harness.element.shadowRoot!.querySelector('[part="problem"]')).to.not.equal(null);
  });

  it('help text says it does not erase the history; UI follows lang', async () => {
    const { element } = await setup('<mh-quick-exit show-help lang="nn"></mh-quick-exit>');
    expect(button(element).textContent!.trim()).to.equal('Forlat sida raskt');
    expect(element.shadowRoot!.querySelector('[part="help"]')!.textContent).to.include('blir ikkje sletta');
    const nb = await setup('<mh-quick-exit show-help></mh-quick-exit>');
    expect(nb.element.shadowRoot!.querySelector('[part="help"]')!.textContent).to.include('Nettleserhistorikken blir ikke slettet');
  });

  it('really replaces the page: the frame moves on and history gets no new entry', async () => {
    const target = '/content/source/ERRATA.md';
    const iframe = document.createElement('iframe');
    iframe.title = 'quick exit test';
    iframe.srcdoc = `<!doctype html><html lang="nb"><body><mh-quick-exit href="${target}"></mh-quick-exit><script type="module" src="/components/quick-exit/define.ts"></script></body></html>`;
    document.body.append(iframe);
    try {
      await waitFor(() => Boolean(iframe.contentWindow?.customElements.get('mh-quick-exit')), 'the frame defines mh-quick-exit', 10000);
      const exit = iframe.contentDocument!.querySelector('mh-quick-exit') as MhQuickExit;
      await exit.updateComplete;
      const before = history.length;
      exit.shadowRoot!.querySelector('button')!.click();
      // waitFor treats a throw (the frame between two documents) as not yet.
      await waitFor(() => iframe.contentWindow!.location.pathname === target && iframe.contentDocument!.readyState === 'complete', 'the frame at the exit page', 10000);
      expect(history.length).to.equal(before);
    } finally {
      iframe.remove();
    }
  });
});
