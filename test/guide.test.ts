import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/guide/define.js';
import { GUIDE_PARTS, type MhGuide } from '../components/guide/guide.js';
import type { MhContactList } from '../components/contact-list/contact-list.js';
import { strings as listStrings } from '../components/contact-list/strings.js';
import { getMeta } from '../src/content/meta.js';
import { resolveLang } from '../src/locale.js';
import { captureWarnings, nth } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const WIDGET_FOR_PART: Record<number, string | null> = {
  1: null,
  2: 'mh-myths',
  3: null,
  4: 'mh-indicator-checklist',
  5: 'mh-conversation-guide',
  6: 'mh-reporting-duty',
  7: 'mh-rights-list',
  8: 'mh-contact-list',
};

function navLinks(el: MhGuide): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
}

/** A link to `#mh-del-N` of this document, as the widgets render it (resolved against the document URL, not its base). */
function partHref(part: number): string {
  return `${window.location.href.split('#')[0]}#mh-del-${part}`;
}

function heading(el: MhGuide): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('#part-heading')!;
}

async function waitForHash(el: MhGuide, part: number): Promise<void> {
  for (let i = 0; i < 50 && !heading(el).textContent!.includes(`Del ${part}`); i += 1) await aTimeout(10);
  await el.updateComplete;
}

describe('<mh-guide>', () => {
  let originalHash = '';
  beforeEach(() => {
    originalHash = window.location.hash;
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });
  afterEach(() => {
    history.replaceState(null, '', window.location.pathname + window.location.search + originalHash);
  });

  it('lists every part with the guide\'s titles and marks the current one', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide></mh-guide>`);
    const meta = getMeta('nb');
    const links = navLinks(el);
    expect(links.map((link) => link.href)).to.deep.equal(GUIDE_PARTS.map(partHref));
    GUIDE_PARTS.forEach((part, index) => {
      expect(nth(links, index).textContent).to.include(meta.parts.find((entry) => entry.part === part)!.title);
    });
    expect(nth(links, 0).getAttribute('aria-current')).to.equal('true');
    expect(links.slice(1).every((link) => link.getAttribute('aria-current') === 'false')).to.equal(true);
  });

  it('shows the widget that belongs to each part, and one quick exit for all', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
    for (const part of GUIDE_PARTS) {
      el.open(part, false);
      await el.updateComplete;
      const expected = WIDGET_FOR_PART[part];
      if (expected) expect(el.shadowRoot!.querySelector(expected), `part ${part}`).to.not.equal(null);
      else expect(el.shadowRoot!.querySelector('section.prose'), `part ${part}`).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('mh-quick-exit')).to.have.length(1);
    }
  });

  it("leaves its own quick exit out while the page has one (a CMS's site-wide bar), and brings it back when that goes", async () => {
    const page = await fixture<HTMLDivElement>(html`<div><mh-quick-exit></mh-quick-exit><mh-guide no-hash></mh-guide></div>`);
    const el = page.querySelector<MhGuide>('mh-guide')!;
    const bar = page.querySelector('mh-quick-exit')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('mh-quick-exit'), 'with the page bar').to.have.length(0);
    expect(document.querySelectorAll('mh-quick-exit'), 'one button on the page').to.have.length(1);
    await expect(page).to.be.accessible();
    bar.remove();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('mh-quick-exit'), 'page bar removed').to.have.length(1);
    page.prepend(bar);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('mh-quick-exit'), 'page bar added again').to.have.length(0);
  });

  it('keeps its own quick exit beside another guide: a quick exit in a shadow root is not the page bar', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><mh-guide no-hash></mh-guide><mh-guide no-hash></mh-guide></div>`);
    const guides = [...page.querySelectorAll<MhGuide>('mh-guide')];
    await Promise.all(guides.map((guide) => guide.updateComplete));
    for (const guide of guides) expect(guide.shadowRoot!.querySelectorAll('mh-quick-exit')).to.have.length(1);
  });

  describe("a kommune's local contacts in Del 8", () => {
    /** The contact list of Del 8, once its local contacts are checked and shown. */
    async function del8List(el: MhGuide): Promise<MhContactList> {
      el.open(8, false);
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<MhContactList>('mh-contact-list')!;
      await list.hostContactsReady;
      return list;
    }
    const contactNames = (list: MhContactList) => [...list.shadowRoot!.querySelectorAll('.contact [part~="name"]')].map((node) => node.textContent?.trim());

    it('from a JSON block inside the guide, first in the list, with a working tel: link', async () => {
      const json = JSON.stringify([{ id: 'lokal-legevakt', name: 'Legevakten i Testby', phones: [{ number: '11111111' }] }]);
      const el = await fixture<MhGuide>(`<mh-guide no-hash no-quick-exit><script type="application/json">${json}</script></mh-guide>`);
      const list = await del8List(el);
      expect(contactNames(list)[0]).to.equal('Legevakten i Testby');
      expect(list.shadowRoot!.querySelector('a[href="tel:+4711111111"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('from the contacts property', async () => {
      const el = await fixture<MhGuide>(html`<mh-guide no-hash no-quick-exit></mh-guide>`);
      el.contacts = [{ id: 'lokal', name: 'Lokal kontakt', emails: ['post@example.org'] }];
      const list = await del8List(el);
      expect(contactNames(list)[0]).to.equal('Lokal kontakt');
      expect(list.shadowRoot!.querySelector('a[href="mailto:post@example.org"]')).to.not.equal(null);
    });

    it('from a contacts-src file', async () => {
      const file = (await (await fetch('/test/fixtures/contacts-src/kontakter.json')).json()) as { contacts: { name: string }[] };
      const el = await fixture<MhGuide>(html`<mh-guide no-hash no-quick-exit contacts-src="/test/fixtures/contacts-src/kontakter.json"></mh-guide>`);
      const list = await del8List(el);
      expect(contactNames(list).slice(0, file.contacts.length)).to.deep.equal(file.contacts.map((contact) => contact.name));
    });

    it('an invalid block: a visible notice in Del 8 and a warning, the guide\'s own contacts still shown', async () => {
      let list!: MhContactList;
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MhGuide>(`<mh-guide no-hash no-quick-exit><script type="application/json">{ not json</script></mh-guide>`);
        list = await del8List(el);
      });
      expect(warnings.join('\n')).to.include('<mh-contact-list>').and.include('not valid JSON');
      const notices = [...list.shadowRoot!.querySelectorAll('[part~="problem"]')].map((node) => node.textContent ?? '');
      expect(notices.some((notice) => notice.includes(listStrings('nb').badHostData)), notices.join(' | ')).to.equal(true);
      expect(contactNames(list)).to.include('ROSA');
      await expect(list).to.be.accessible();
    });
  });

  it('checks heading-level once per change, not on every render', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash heading-level="9"></mh-guide>`);
    let checks = 0;
    const instance = el as unknown as { parseHeadingLevel: (...args: unknown[]) => unknown };
    const parse = instance.parseHeadingLevel.bind(el);
    instance.parseHeadingLevel = (...args) => {
      checks += 1;
      return parse(...args);
    };
    // Opening parts re-renders the guide; the bad value's notice stays, the check does not run again.
    for (const part of GUIDE_PARTS.slice(0, 3)) {
      el.open(part, false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="problem"]')?.textContent, `part ${part}`).to.include('heading-level');
    }
    expect(checks).to.equal(0);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(checks).to.equal(1);
    expect(el.shadowRoot!.querySelector('#part-heading')?.localName).to.equal('h3');
  });

  it('names the source once per part: widgets inside the guide leave the footer to it', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
    for (const part of GUIDE_PARTS) {
      el.open(part, false);
      await el.updateComplete;
      const inner = WIDGET_FOR_PART[part] ? el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGET_FOR_PART[part]!) : null;
      if (inner) {
        await inner.updateComplete;
        expect(inner.shadowRoot!.querySelector('[part="footer"]'), `part ${part}: inner footer`).to.equal(null);
      }
      const footers = el.shadowRoot!.querySelectorAll('[part="footer"]');
      expect(footers, `part ${part}`).to.have.length(1);
      expect(nth(footers, 0).textContent).to.include(`Del ${part}`);
    }
    // The same widget on its own keeps its footer.
    const alone = await fixture<HTMLElement>(html`<mh-myths></mh-myths>`);
    expect(alone.shadowRoot!.querySelectorAll('[part="footer"]')).to.have.length(1);
  });

  it('wires the checklist\'s links to the duty, rights and contact parts', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
    el.open(4, false);
    await el.updateComplete;
    const checklist = el.shadowRoot!.querySelector('mh-indicator-checklist')!;
    expect(checklist.getAttribute('duty-href')).to.equal('#mh-del-6');
    expect(checklist.getAttribute('rights-href')).to.equal('#mh-del-7');
    expect(checklist.getAttribute('contacts-href')).to.equal('#mh-del-8');
  });

  it('opens the part named in the hash (deep link) and follows hash changes', async () => {
    history.replaceState(null, '', '#mh-del-6');
    const el = await fixture<MhGuide>(html`<mh-guide></mh-guide>`);
    expect(heading(el).textContent).to.include('Del 6');
    const navigated = oneEvent(el, 'mh-guide-navigate');
    window.location.hash = '#mh-del-8';
    const event = await navigated;
    expect(event.detail).to.deep.equal({ part: 8 });
    await el.updateComplete;
    expect(heading(el).textContent).to.include('Del 8');
    expect(el.shadowRoot!.activeElement).to.equal(heading(el));
  });

  it('opens Del 1 from #mh-del-1: KOM, that it does not handle individual cases, and the low threshold', async () => {
    history.replaceState(null, '', '#mh-del-1');
    const el = await fixture<MhGuide>(html`<mh-guide no-quick-exit></mh-guide>`);
    expect(heading(el).textContent).to.include('Del 1').and.include('Innledning');
    const text = el.shadowRoot!.querySelector('section[aria-labelledby="part-heading"]')!.textContent!.replace(/\s+/g, ' ');
    // Sentences of the guide's Del 1 (written from the source, not from the content file).
    expect(text).to.include('KOM behandler ikke enkeltsaker.');
    expect(text).to.include('Kort om denne veilederen');
    const threshold = el.shadowRoot!.querySelector('[data-id="low-threshold"]')!;
    expect(threshold.textContent).to.include('rimelig grunn til å tro at en person har vært offer for menneskehandel, har personen rett til bistand og beskyttelse');
    await expect(el).to.be.accessible();
    // From Del 2 the link back to Del 1 is the pager's "previous".
    el.open(2, false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="prev"]')?.href).to.equal(partHref(1));
  });

  it('shows Del 1 in nn and en', async () => {
    const nn = await fixture<MhGuide>(html`<mh-guide lang="nn" no-hash></mh-guide>`);
    expect(nn.shadowRoot!.querySelector('[data-id="kom"]')!.textContent).to.include('KOM behandlar ikkje enkeltsaker.');
    const en = await fixture<MhGuide>(html`<mh-guide lang="en" no-hash></mh-guide>`);
    expect(en.shadowRoot!.querySelector('[data-id="low-threshold"]')!.textContent).to.include('reasonable grounds to believe');
    await expect(en).to.be.accessible();
  });

  it('leaves the host\'s own hash routes alone', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide></mh-guide>`);
    el.open(5, false);
    await el.updateComplete;
    window.location.hash = '#/kontakt/oss';
    await aTimeout(30);
    expect(heading(el).textContent).to.include('Del 5');
    expect(window.location.hash).to.equal('#/kontakt/oss');
  });

  it('navigates by keyboard: Tab to a part, Enter opens it and moves focus to its heading', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-quick-exit></mh-guide>`);
    nth(navLinks(el), 0).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(navLinks(el)[1]);
    await sendKeys({ press: 'Enter' });
    const second = GUIDE_PARTS[1];
    await waitForHash(el, second);
    expect(window.location.hash).to.equal(`#mh-del-${second}`);
    expect(heading(el).textContent).to.include(`Del ${second}`);
    expect(el.shadowRoot!.activeElement).to.equal(heading(el));
  });

  it('with no-hash, keeps navigation out of the URL', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
    nth(navLinks(el), 2).click();
    await el.updateComplete;
    expect(window.location.hash).to.equal('');
    expect(heading(el).textContent).to.include(`Del ${GUIDE_PARTS[2]}`);
  });

  it('includes only the chosen parts', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide parts="8 4 6"></mh-guide>`);
    expect(navLinks(el).map((link) => link.href)).to.deep.equal([4, 6, 8].map(partHref));
  });

  it('reports invalid parts in the widget and the console, and shows every part', async () => {
    let el!: MhGuide;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MhGuide>(html`<mh-guide parts="0 9"></mh-guide>`);
    });
    expect(warnings.some((message) => message.includes('parts') && message.includes(GUIDE_PARTS.join(', ')))).to.equal(true);
    expect(el.shadowRoot!.querySelector('.mh-problem')!.textContent).to.include('0 9');
    expect(navLinks(el)).to.have.length(GUIDE_PARTS.length);
  });

  it('gives every widget inside one language', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide lang="en" no-hash></mh-guide>`);
    el.open(4, false);
    await el.updateComplete;
    const checklist = el.shadowRoot!.querySelector('mh-indicator-checklist')!;
    expect(resolveLang(checklist)).to.equal('en');
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Parts of the guide');
  });

  it('returns to the first part on quick exit', async () => {
    const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
    el.open(7, false);
    await el.updateComplete;
    el.resetState();
    await el.updateComplete;
    expect(heading(el).textContent).to.include(`Del ${GUIDE_PARTS[0]}`);
  });

  describe('on a host page with <base href="/other/path/">', () => {
    let base: HTMLBaseElement;
    /** Addresses a click on a link would have left the page for (the click is stopped so the test page stays). */
    let leftFor: string[];
    const stopNavigation = (event: MouseEvent) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link || event.defaultPrevented) return;
      leftFor.push(link.href);
      event.preventDefault();
    };
    beforeEach(() => {
      leftFor = [];
      base = document.createElement('base');
      base.href = '/other/path/';
      document.head.prepend(base);
      window.addEventListener('click', stopNavigation);
    });
    afterEach(() => {
      window.removeEventListener('click', stopNavigation);
      base.remove();
    });

    it('every part link (navigation, pager, the widgets inside) points into this document, not the base URL', async () => {
      expect(document.baseURI).to.equal(new URL('/other/path/', window.location.href).href);
      const el = await fixture<MhGuide>(html`<mh-guide></mh-guide>`);
      expect(navLinks(el).map((link) => link.href)).to.deep.equal(GUIDE_PARTS.map(partHref));
      el.open(4, false);
      await el.updateComplete;
      const checklist = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mh-indicator-checklist')!;
      await checklist.updateComplete;
      const checklistLinks = [...checklist.shadowRoot!.querySelectorAll<HTMLAnchorElement>('ul.links a')];
      expect(checklistLinks.map((link) => link.href)).to.deep.equal([6, 7, 8].map(partHref));
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="prev"]')!.href).to.equal(partHref(3));
      el.open(5, false);
      await el.updateComplete;
      const conversation = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mh-conversation-guide')!;
      await conversation.updateComplete;
      expect(conversation.shadowRoot!.querySelector<HTMLAnchorElement>('a.rights-link')!.href).to.equal(partHref(7));
    });

    it('opens parts in place from its own links and the checklist\'s, by keyboard and click, never leaving the page', async () => {
      const el = await fixture<MhGuide>(html`<mh-guide no-quick-exit></mh-guide>`);
      nth(navLinks(el), 0).focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitForHash(el, 4);
      expect(window.location.hash).to.equal('#mh-del-4');
      expect(window.location.pathname).not.to.include('/other/path/');
      const checklist = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mh-indicator-checklist')!;
      await checklist.updateComplete;
      checklist.shadowRoot!.querySelector<HTMLAnchorElement>('ul.links a')!.click();
      await waitForHash(el, 6);
      expect(heading(el).textContent).to.include('Del 6');
      expect(window.location.hash).to.equal('#mh-del-6');
      expect(leftFor).to.deep.equal([]);
    });
  });

  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  for (const part of GUIDE_PARTS) {
    it(`is accessible with Del ${part} open`, async () => {
      const el = await fixture<MhGuide>(html`<mh-guide no-hash></mh-guide>`);
      el.open(part, false);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
