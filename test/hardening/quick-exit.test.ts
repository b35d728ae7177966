/**
 * Issue #21, items 1 and 5 and the Shift×3 decision of item 7: the quick exit works whatever is
 * done to its attributes and properties, and no hidden character changes where it goes.
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/quick-exit/define.js';
import '../../components/guide/define.js';
import { COVER_ATTRIBUTE, DEFAULT_EXIT_HREF, EXIT_RETRY_MS, safeExitHref, type MhQuickExit } from '../../components/quick-exit/quick-exit.js';
import type { MhGuide } from '../../components/guide/guide.js';
import { captureWarnings } from '../helpers/index.js';
import { safeSiteHref } from '../../src/href.js';
import '../../components/conversation-guide/define.js';
import '../../components/indicator-checklist/define.js';

type Mutation = { name: string; apply: (element: MhQuickExit) => void };

/** Every way a host or script can spoil one attribute or property. */
function spoilers(attribute: string, property: string): Mutation[] {
  // `lang` is the platform's own property: its setter throws for a value with no string form
  // (Object.create(null)) on every element, a <div> as much as a widget. That error is the host
  // script's, raised before the widget sees anything; the widget must still exit afterwards.
  const platformRejects = (value: unknown) => {
    try {
      (document.createElement('div') as unknown as Record<string, unknown>)[property] = value;
      return false;
    } catch {
      return true;
    }
  };
  const set = (value: unknown) => (element: MhQuickExit) => {
    try {
      (element as unknown as Record<string, unknown>)[property] = value;
    } catch (error) {
      if (!platformRejects(value)) throw error;
    }
  };
  return [
    { name: `remove ${attribute}`, apply: (element) => element.removeAttribute(attribute) },
    { name: `${attribute}=""`, apply: (element) => element.setAttribute(attribute, '') },
    { name: `${attribute}="constructor"`, apply: (element) => element.setAttribute(attribute, 'constructor') },
    { name: `${attribute}="__proto__"`, apply: (element) => element.setAttribute(attribute, '__proto__') },
    { name: `${attribute}=10 000 characters`, apply: (element) => element.setAttribute(attribute, 'x'.repeat(10_000)) },
    { name: `${attribute}="/\\t/evil.example/landed"`, apply: (element) => element.setAttribute(attribute, '/\t/evil.example/landed') },
    { name: `${property} = null`, apply: set(null) },
    { name: `${property} = undefined`, apply: set(undefined) },
    { name: `${property} = 42`, apply: set(42) },
    { name: `${property} = {}`, apply: set({}) },
    { name: `${property} = []`, apply: set([]) },
    { name: `${property} = Object.create(null)`, apply: set(Object.create(null)) },
  ];
}

const ATTRIBUTES: [string, string][] = [
  ['href', 'href'],
  ['position', 'position'],
  ['show-help', 'showHelp'],
  ['lang', 'lang'],
];

async function spoiled(mutation: Mutation): Promise<{ element: MhQuickExit; navigations: string[] }> {
  const navigations: string[] = [];
  const element = await fixture<MhQuickExit>(html`<mh-quick-exit href="/trygg-side" position="sticky-top" show-help lang="nb"></mh-quick-exit>`);
  element.navigate = (href) => navigations.push(href);
  await captureWarnings(async () => {
    mutation.apply(element);
    await element.updateComplete;
  });
  return { element, navigations };
}

/** Where an exit may go after a mutation: the address set, or the default. */
function expectSafe(navigations: string[]): void {
  expect(navigations).to.have.length(1);
  expect(['/trygg-side', DEFAULT_EXIT_HREF]).to.include(navigations[0]);
}

describe('hardening: the quick exit never fails', () => {
  afterEach(() => {
    for (const cover of document.querySelectorAll(`[${COVER_ATTRIBUTE}]`)) cover.remove();
  });

  for (const [attribute, property] of ATTRIBUTES) {
    for (const mutation of spoilers(attribute, property)) {
      it(`${mutation.name}: the button still renders and leaves by click`, async () => {
        const { element, navigations } = await spoiled(mutation);
        const button = element.shadowRoot!.querySelector('button');
        expect(button, 'button rendered').to.not.equal(null);
        button!.click();
        expectSafe(navigations);
        expect(element.hidden, 'widgets hidden').to.equal(true);
        expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.not.equal(null);
      });

      it(`${mutation.name}: Shift three times leaves`, async () => {
        const { navigations } = await spoiled(mutation);
        for (let index = 0; index < 3; index += 1) await sendKeys({ press: 'Shift' });
        expectSafe(navigations);
      });
    }
  }

  it('a removed href falls back to the default address, and a later valid href is used', async () => {
    const navigations: string[] = [];
    const element = await fixture<MhQuickExit>(html`<mh-quick-exit href="/trygg-side"></mh-quick-exit>`);
    element.navigate = (href) => navigations.push(href);
    element.removeAttribute('href');
    await element.updateComplete;
    element.shadowRoot!.querySelector('button')!.click();
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    // The page did not go away (navigation is stubbed): the exit re-arms.
    await aTimeout(EXIT_RETRY_MS + 100);
    element.setAttribute('href', 'https://www.nrk.no/');
    await element.updateComplete;
    element.shadowRoot!.querySelector('button')!.click();
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF, 'https://www.nrk.no/']);
  });

  it('a navigate replaced by something that throws or is not a function still leaves (location.replace)', async () => {
    const element = await fixture<MhQuickExit>(html`<mh-quick-exit href="#mh-test-left"></mh-quick-exit>`);
    // "#…" is not an allowed exit address, so the fallback goes to the default; stub the real
    // location instead to observe it without leaving the test page.
    let replaced = '';
    const view = { location: { replace: (href: string) => (replaced = href) }, dispatchEvent: () => true, setTimeout: window.setTimeout.bind(window) };
    Object.defineProperty(element, 'ownerDocument', { configurable: true, value: { defaultView: view, body: null, querySelector: () => null } });
    try {
      (element as unknown as { navigate: unknown }).navigate = null;
      element.exit();
    } finally {
      delete (element as unknown as { ownerDocument?: unknown }).ownerDocument;
    }
    expect(replaced).to.equal(DEFAULT_EXIT_HREF);
  });

  it('a now() that is not a clock does not stop Shift three times', async () => {
    const navigations: string[] = [];
    const element = await fixture<MhQuickExit>(html`<mh-quick-exit></mh-quick-exit>`);
    element.navigate = (href) => navigations.push(href);
    (element as unknown as { now: unknown }).now = () => {
      throw new Error('broken clock');
    };
    for (let index = 0; index < 3; index += 1) await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('decided: Shift alone three times after typing in a host input leaves (typing resets the count; Shift+letter never counts)', async () => {
    const navigations: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div><label>Navn <input /></label><mh-quick-exit></mh-quick-exit></div>`);
    const element = wrapper.querySelector('mh-quick-exit')!;
    element.navigate = (href) => navigations.push(href);
    wrapper.querySelector('input')!.focus();
    await sendKeys({ type: 'Ola Nordmann' });
    for (let index = 0; index < 3; index += 1) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    expect(navigations, 'capitals typed with Shift do not count').to.deep.equal([]);
    for (let index = 0; index < 3; index += 1) await sendKeys({ press: 'Shift' });
    expect(navigations, 'three lone Shifts from inside a form field leave').to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  describe('<mh-guide exit-href>', () => {
    for (const mutation of [
      { name: 'removed', apply: (guide: MhGuide) => guide.removeAttribute('exit-href') },
      { name: 'empty', apply: (guide: MhGuide) => guide.setAttribute('exit-href', '') },
      { name: 'null', apply: (guide: MhGuide) => ((guide as unknown as { exitHref: unknown }).exitHref = null) },
      { name: '{}', apply: (guide: MhGuide) => ((guide as unknown as { exitHref: unknown }).exitHref = {}) },
      { name: 'tab trick', apply: (guide: MhGuide) => guide.setAttribute('exit-href', '/\t/evil.example/landed') },
    ]) {
      it(`${mutation.name}: its quick exit leaves by click and by Shift three times`, async () => {
        const guide = await fixture<MhGuide>(html`<mh-guide exit-href="/trygg-side" no-hash></mh-guide>`);
        await captureWarnings(async () => {
          mutation.apply(guide);
          await guide.updateComplete;
          const exit = guide.shadowRoot!.querySelector('mh-quick-exit')!;
          await exit.updateComplete;
        });
        const exit = guide.shadowRoot!.querySelector('mh-quick-exit')!;
        const navigations: string[] = [];
        exit.navigate = (href) => navigations.push(href);
        exit.shadowRoot!.querySelector('button')!.click();
        expectSafe(navigations);
        await aTimeout(EXIT_RETRY_MS + 100);
        for (let index = 0; index < 3; index += 1) await sendKeys({ press: 'Shift' });
        expect(navigations).to.have.length(2);
        expect(['/trygg-side', DEFAULT_EXIT_HREF]).to.include(navigations[1]);
      });
    }
  });
});

describe('hardening: links are checked after parsing', () => {
  const TRICKS = [
    '/\t/evil.example/landed',
    '/\n/evil.example/landed',
    '/\r/evil.example/landed',
    '/\r\n/evil.example/landed',
    '/\0/evil.example/landed',
    '\t//evil.example/landed',
    '/\u000b/evil.example/landed',
    'https://exa\0mple.org',
    'https://exa\tmple.org/',
    'https://example.org/\u202e/gnp.exe',
    'https://user:pw@example.org/',
    'https:///evil.example',
    'https:evil.example',
    'java\tscript:alert(1)',
    'http://example.org/',
  ];

  it('the exit address refuses tab, CR, LF, NUL and other control characters', () => {
    for (const trick of TRICKS) expect(safeExitHref(trick), JSON.stringify(trick)).to.equal(null);
    expect(safeExitHref('https://www.nrk.no/')).to.equal('https://www.nrk.no/');
    expect(safeExitHref(' /trygg-side ')).to.equal('/trygg-side');
  });

  it('site links (rights-href, duty-href …) refuse the same tricks and keep same-site addresses', () => {
    for (const trick of TRICKS) expect(safeSiteHref(trick), JSON.stringify(trick)).to.equal(null);
    for (const good of ['https://www.nrk.no/', '/rettigheter', 'rettigheter.html', '#mh-del-7', '?side=2']) expect(safeSiteHref(good), good).to.equal(good);
  });

  for (const [tag, attribute] of [
    ['mh-conversation-guide', 'rights-href'],
    ['mh-indicator-checklist', 'duty-href'],
    ['mh-indicator-checklist', 'rights-href'],
    ['mh-indicator-checklist', 'contacts-href'],
  ]) {
    it(`<${tag} ${attribute}="/&#9;/evil.example/landed">: no link to evil.example, a notice instead`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const warnings = await captureWarnings(async () => {
        wrapper.innerHTML = `<${tag} ${attribute}="/&#9;/evil.example/landed"></${tag}>`;
        await (wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      });
      const root = wrapper.firstElementChild!.shadowRoot!;
      const hrefs = [...root.querySelectorAll('a')].map((link) => link.href);
      expect(hrefs.filter((href) => href.includes('evil.example'))).to.deep.equal([]);
      expect(root.querySelector('[part="problem"]'), 'notice').to.not.equal(null);
      expect(warnings.join()).to.include(attribute);
    });
  }

  it('a fallback link with a tab trick is not followed: the default address is', async () => {
    const navigations: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<mh-quick-exit><a href="/&#9;/evil.example/landed">Forlat siden raskt</a></mh-quick-exit>';
    const element = wrapper.firstElementChild as MhQuickExit;
    element.navigate = (href) => navigations.push(href);
    const warnings = await captureWarnings(async () => {
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings.join()).to.include('href');
    expect(element.shadowRoot!.querySelector('[part="problem"]')).to.not.equal(null);
    element.shadowRoot!.querySelector('button')!.click();
    expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
  });
});
