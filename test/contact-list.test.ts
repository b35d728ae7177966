import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/contact-list/define.js';
import type { MhContactList } from '../components/contact-list/contact-list.js';
import { getContacts, getEmergencyNumbers, type Contact } from '../src/content/contacts.js';
import { strings } from '../components/contact-list/strings.js';
import { captureWarnings, first } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { hostContactValidations } from '../src/content/host-contacts.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

async function list(attributes = '', inner = ''): Promise<MhContactList> {
  const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-list ${attributes}>${inner}</mh-contact-list></div>`);
  const element = wrapper.firstElementChild as MhContactList;
  // Local contacts join once their checker has loaded.
  await element.hostContactsReady;
  return element;
}

const names = (element: MhContactList) =>
  [...element.shadowRoot!.querySelectorAll('.contact [part~="name"]')].map((node) => node.textContent?.trim());
const groupHeadings = (element: MhContactList) =>
  [...element.shadowRoot!.querySelectorAll('[part~="group-heading"]')].map((node) => node.textContent?.trim());
const telHrefs = (root: ParentNode) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

describe('<mh-contact-list>', () => {
  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  it('lists every contact, grouped as in Del 8, with every number as a tel: link', async () => {
    const element = await list();
    expect(groupHeadings(element)).to.deep.equal([
      'Offentlige instanser',
      'Hjelpetiltak og frivillige/ideelle organisasjoner',
      'Nasjonale nettressurser',
      'Internasjonale organisasjoner',
    ]);
    // Headings start with a capital ("legevaktsentralen" is lower case in the guide's running text).
    expect(names(element)).to.deep.equal(getContacts().map((contact) => contact.name.charAt(0).toUpperCase() + contact.name.slice(1)));
    expect(names(element)).to.include('Legevaktsentralen');
    const expected = getContacts().flatMap((contact) =>
      contact.phones.map((phone) => (phone.number.length === 8 ? `tel:+47${phone.number}` : `tel:${phone.number}`)),
    );
    expect(telHrefs(element.shadowRoot!)).to.deep.equal(expected);
    expect(element.shadowRoot!.querySelector('h2')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('.contact h3')).to.not.equal(null);
  });

  it('filters by category', async () => {
    const element = await list('category="international"');
    expect(groupHeadings(element)).to.deep.equal(['Internasjonale organisasjoner']);
    expect(names(element)).to.include('Europarådets ekspertorgan GRETA').and.not.include('ROSA');
  });

  it('filters by audience', async () => {
    const minors = names(await list('audience="minor"'));
    expect(minors).to.include('Alarmtelefonen for barn og unge').and.not.include('ROSA');
    const adults = names(await list('audience="adult"'));
    expect(adults).to.include('ROSA').and.not.include('Alarmtelefonen for barn og unge');
  });

  it('filters by need', async () => {
    const element = await list('need="return"');
    expect(names(element)).to.include.members(['Utlendingsdirektoratet (UDI)', 'International Organization for Migration (IOM) Norway']);
    expect(names(element)).to.not.include('ROSA');
  });

  it('puts the emergency numbers first when the need is acute', async () => {
    const element = await list('need="acute"');
    const emergency = element.shadowRoot!.querySelector('[part~="emergency"]')!;
    expect(emergency).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="emergency"] ~ section')).to.not.equal(null);
    // Del 6 and 8: 112, 113, 116 117, 02800; Alarmtelefonen 116 111 for children.
    expect(telHrefs(emergency)).to.deep.equal(['tel:112', 'tel:113', 'tel:116117', 'tel:02800', 'tel:116111']);
    const adult = await list('need="acute" audience="adult"');
    expect(telHrefs(adult.shadowRoot!.querySelector('[part~="emergency"]')!)).to.deep.equal(['tel:112', 'tel:113', 'tel:116117', 'tel:02800']);
    const minor = await list('need="acute" audience="minor"');
    expect(telHrefs(minor.shadowRoot!.querySelector('[part~="emergency"]')!)).to.include('tel:116111');
    expect((await list('need="housing"')).shadowRoot!.querySelector('[part~="emergency"]')).to.equal(null);
  });

  it('shows an explicit selection in the given order', async () => {
    const element = await list('ids="alarmtelefonen rosa politiet"');
    expect(names(element)).to.deep.equal(['Alarmtelefonen for barn og unge', 'ROSA', 'Politiet']);
  });

  it('warns about unknown filter values and still shows the rest', async () => {
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => {
      element = await list('need="acute shelter" audience="child" category="ngo" ids="rosa nope"');
    });
    const problems = [...element.shadowRoot!.querySelectorAll('.mh-problem')].map((node) => node.textContent ?? '');
    expect(problems.join('\n')).to.include('shelter').and.include('child').and.include('ngo').and.include('nope');
    const text = warnings.join('\n');
    // Each warning names the attribute and the values left out (the known ones are used).
    expect(text).to.include('need: unknown value(s) "shelter"').and.include('housing');
    expect(text).to.include('audience: unknown value(s) "child"').and.include('adult, minor');
    expect(text).to.include('category: unknown value(s) "ngo"').and.include('public, organisation, web, international');
    expect(text).to.include('ids: unknown value(s) "nope"');
    expect(names(element)).to.deep.equal(['ROSA']);
  });

  describe('host contacts', () => {
    it('adds valid entries from a JSON block, first', async () => {
      const json = JSON.stringify([{ id: 'lokal-legevakt', name: 'Legevakten i Testby', phones: [{ number: '11111111' }], needs: ['health'] }]);
      const element = await list('', `<script type="application/json">${json}</script>`);
      expect(groupHeadings(element)[0]).to.equal('Lokale kontakter');
      expect(names(element)[0]).to.equal('Legevakten i Testby');
      expect(element.shadowRoot!.querySelector('a[href="tel:+4711111111"]')?.getAttribute('aria-label')).to.equal('Ring Legevakten i Testby, 11 11 11 11');
    });

    it('accepts the contacts property', async () => {
      const element = await list();
      element.contacts = [{ id: 'lokal', name: 'Lokal kontakt', emails: ['post@example.org'] }];
      await element.hostContactsReady;
      expect(names(element)[0]).to.equal('Lokal kontakt');
      expect(element.shadowRoot!.querySelector('a[href="mailto:post@example.org"]')).to.not.equal(null);
    });

    it('skips invalid entries with a visible notice and a warning naming the entry and field', async () => {
      const json = JSON.stringify([
        { id: 'ok', name: 'Grei' },
        { id: 'bad-phone', name: 'Feil nummer', phones: [{ number: '22 33 11 60' }] },
        { id: 'taken', name: 'Ukjent felt', url: 'https://example.org' },
        { id: 'rosa', name: 'Falsk ROSA' },
      ]);
      let element!: MhContactList;
      const warnings = await captureWarnings(async () => {
        element = await list('', `<script type="application/json">${json}</script>`);
      });
      expect(names(element)).to.include('Grei').and.not.include('Feil nummer').and.not.include('Ukjent felt').and.not.include('Falsk ROSA');
      const problems = [...element.shadowRoot!.querySelectorAll('.mh-problem')].map((node) => node.textContent ?? '').join('\n');
      expect(problems).to.include('bad-phone').and.include('phones.0.number').and.include('url').and.include('«id»');
      const text = warnings.join('\n');
      expect(text).to.include('contacts[1] ("bad-phone")').and.include('phones.0.number');
      expect(text).to.include('contacts[2] ("taken")').and.include('"url"');
      expect(text).to.include('contacts[3] ("rosa")').and.include('already used');
      await expect(element).to.be.accessible();
    });

    it('renders hostile strings as text and refuses javascript: links', async () => {
      const json = JSON.stringify([
        { id: 'evil', name: '<script>alert(1)</script>', description: '<img src=x onerror="window.__pwned=1">' },
        { id: 'evil-link', name: 'Lenke', web: [{ address: 'example.org', href: 'javascript:alert(1)' }] },
        { id: 'evil-address', name: 'Adresse', web: [{ address: 'javascript:alert(1)' }] },
        { id: 'evil-mail', name: 'Post', emails: ['javascript:alert(1)'] },
      ]).replace(/<\//g, '<\\/'); // as in any inline JSON block, "</" must be written "<\/"

      let element!: MhContactList;
      await captureWarnings(async () => {
        element = await list('', `<script type="application/json">${json}</script>`);
      });
      const root = element.shadowRoot!;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('script')).to.equal(null);
      expect(names(element)).to.include('<script>alert(1)</script>');
      expect(root.textContent).to.include('<img src=x onerror="window.__pwned=1">');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(names(element)).to.not.include.members(['Lenke', 'Adresse', 'Post']);
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
    });

    it('reports JSON that does not parse', async () => {
      let element!: MhContactList;
      const warnings = await captureWarnings(async () => {
        element = await list('', '<script type="application/json">[{"id": </script>');
      });
      expect(element.shadowRoot!.querySelector('.mh-problem')?.textContent).to.include('De lokale kontaktene kunne ikke leses');
      expect(warnings.join('\n')).to.include('not valid JSON');
      expect(names(element).length).to.equal(getContacts().length);
    });
  });

  describe('search', () => {
    it('filters by name and need and announces the count in a live region that exists beforehand', async () => {
      const element = await list('searchable');
      const status = element.shadowRoot!.querySelector('[role="status"]')!;
      expect(status).to.not.equal(null);
      expect(status.textContent?.trim()).to.equal('');
      const input = element.shadowRoot!.querySelector('input')!;
      input.focus();
      await sendKeys({ type: 'rosa' });
      await element.updateComplete;
      expect(names(element)).to.deep.equal(['ROSA']);
      expect(element.shadowRoot!.querySelector('[role="status"]')).to.equal(status);
      expect(status.textContent?.trim()).to.equal('1 treff');
      input.select();
      await sendKeys({ type: 'retur' });
      await element.updateComplete;
      expect(names(element)).to.include.members(['Utlendingsdirektoratet (UDI)', 'International Organization for Migration (IOM) Norway']);
      input.select();
      await sendKeys({ type: 'zzzz' });
      await element.updateComplete;
      expect(status.textContent?.trim()).to.equal('Ingen treff');
      expect(element.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.include(strings('nb').noMatchQuery('zzzz'));
      await expect(element).to.be.accessible();
    });

    it('checks 1 000 local contacts once, not on every keystroke of a search', async () => {
      const contacts = Array.from({ length: 1000 }, (_, index) => ({ id: `lokal-${index}`, name: `Lokalkontor ${index}`, needs: ['advice' as const] }));
      const element = await list('searchable');
      const before = hostContactValidations();
      element.contacts = contacts;
      await element.hostContactsReady;
      expect(hostContactValidations() - before, 'validations when the contacts arrive').to.equal(1);
      expect(names(element).filter((name) => name?.startsWith('Lokalkontor')).length).to.equal(1000);
      const input = element.shadowRoot!.querySelector('input')!;
      input.focus();
      // One input event, and one re-render, per character.
      await sendKeys({ type: 'Lokalkontor 99' });
      await element.updateComplete;
      // The search did re-render: "Lokalkontor 99" and "Lokalkontor 990"–"999" are left.
      expect(names(element)).to.deep.equal(['Lokalkontor 99', ...Array.from({ length: 10 }, (_, digit) => `Lokalkontor 99${digit}`)]);
      expect(hostContactValidations() - before, 'validations after typing 14 characters').to.equal(1);
      // A new list is checked again, once.
      element.contacts = contacts.slice(0, 10);
      await element.updateComplete;
      expect(hostContactValidations() - before).to.equal(2);
    });

    it('goes from the search box to the first result with Tab', async () => {
      const element = await list('searchable');
      const before = await fixture<HTMLButtonElement>(html`<button>før</button>`);
      element.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.tagName).to.equal('INPUT');
      await sendKeys({ type: 'htso' });
      await element.updateComplete;
      // The folded filters are one stop between the field and the results.
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.getAttribute('href')).to.equal('tel:+4799470279');
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.getAttribute('href')).to.equal('mailto:htso@nav.no');
    });

    it('forgets the search on reset (quick exit)', async () => {
      const element = await list('searchable');
      element.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'rosa' });
      await element.updateComplete;
      element.resetState();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('input')!.value).to.equal('');
      expect(names(element).length).to.equal(getContacts().length);
    });
  });

  it('uses the UI language for its own text', async () => {
    const element = await list('need="acute" lang="en" searchable');
    expect(element.shadowRoot!.querySelector('[part~="emergency"] [part~="heading"]')?.textContent?.trim()).to.equal('Emergency numbers');
    expect(element.shadowRoot!.querySelector('label')?.textContent?.trim()).to.equal('Search by contact or need');
  });
});

/** A heading shows the name with a capital first letter. */
const title = (contact: Contact) => contact.name.charAt(0).toUpperCase() + contact.name.slice(1);
const shadow = (element: MhContactList) => element.shadowRoot!;
const statusText = (element: MhContactList) => shadow(element).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const checkbox = (element: MhContactList, value: string) => shadow(element).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${value}"]`)!;
const active = (element: MhContactList) => shadow(element).activeElement;

async function search(element: MhContactList, query: string): Promise<void> {
  const input = shadow(element).querySelector<HTMLInputElement>('#search')!;
  input.focus();
  input.select();
  await sendKeys({ type: query });
  await element.updateComplete;
}

/** Contacts a search for the word finds: by name, short name, or the need it names (nb labels; content decides which contact has which need). */
function found(word: string): Contact[] {
  const needs = Object.entries(strings('nb').needs).filter(([, label]) => label.includes(word)).map(([need]) => need);
  return getContacts().filter(
    (contact) => contact.name.toLowerCase().includes(word) || (contact.short ?? '').toLowerCase().includes(word) || contact.needs.some((need) => needs.includes(need)),
  );
}

/** The emergency box's numbers (content/nb/contacts.json "emergency") for an audience. */
function emergencyNumbers(audience?: 'adults'): Set<string> {
  return new Set(getEmergencyNumbers().filter((entry) => !entry.minorsOnly || audience !== 'adults').map((entry) => entry.number));
}

/** Cards left when the emergency box is shown: a contact whose every way to reach it is in the box has no card. */
function cardsBesideEmergency(contacts: readonly Contact[], numbers: Set<string>): string[] {
  return contacts
    .filter((contact) => contact.phones.some((phone) => !numbers.has(phone.number)) || contact.emails.length || contact.web.length)
    .map(title);
}

describe('<mh-contact-list> visitor filters and search', () => {
  it('search "bolig" with need="acute" says that more matches exist outside the filter, and "vis alle" shows them', async () => {
    const element = await list('need="acute" searchable');
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(checkbox(element, 'acute').checked, 'the preset need is the initial filter').to.equal(true);
    const matches = found('bolig');
    const inFilter = matches.filter((contact) => contact.needs.includes('acute'));
    const hidden = matches.length - inFilter.length;
    // The guide has housing help outside the acute contacts; otherwise this test proves nothing.
    expect(inFilter.length).to.be.greaterThan(0);
    expect(hidden).to.be.greaterThan(0);

    await search(element, 'bolig');
    const t = strings('nb');
    expect(names(element)).to.deep.equal(cardsBesideEmergency(inFilter, emergencyNumbers()));
    expect(statusText(element)).to.equal(`${t.hits(inFilter.length)}. ${t.hiddenHits(hidden)}.`);
    const showAll = shadow(element).querySelector<HTMLButtonElement>('[part~="show-all"]')!;
    expect(showAll.textContent?.trim()).to.equal(t.showAll(matches.length));
    await expect(element).to.be.accessible();

    // By keyboard: from the search field, past the folded filters, to the button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(showAll);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(matches.map(title));
    expect(shadow(element).querySelector('[role="status"]')).to.equal(status);
    expect(statusText(element)).to.equal(t.hits(matches.length));
    expect(shadow(element).querySelector('[part~="show-all"]')).to.equal(null);
    expect(checkbox(element, 'acute').checked).to.equal(false);
    // Focus does not fall to the page when the button goes: it returns to the search field.
    expect(active(element)?.id).to.equal('search');
    await expect(element).to.be.accessible();
  });

  for (const lang of ['nn', 'en'] as const) {
    it(`says so in ${lang}, accessibly`, async () => {
      const element = await list(`need="acute" searchable lang="${lang}"`);
      await element.localeReady;
      await search(element, 'bolig');
      const t = strings(lang);
      const matches = found('bolig');
      const hidden = matches.length - matches.filter((contact) => contact.needs.includes('acute')).length;
      expect(statusText(element)).to.include(t.hiddenHits(hidden));
      expect(shadow(element).querySelector('[part~="show-all"]')?.textContent?.trim()).to.equal(t.showAll(matches.length));
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
      await element.updateComplete;
      expect(statusText(element)).to.equal(t.hits(matches.length));
      await expect(element).to.be.accessible();
    });
  }

  it('filters by need and category by keyboard and announces the count in the same live region', async () => {
    const element = await list('searchable');
    const status = shadow(element).querySelector('[role="status"]')!;
    const summary = shadow(element).querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).querySelector('details')!.open).to.equal(true);
    await expect(element).to.be.accessible();

    // Tab to the first need, tick it with Space (' ': Firefox over BiDi does not know 'Space').
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(checkbox(element, 'acute'));
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    const acute = getContacts().filter((contact) => contact.needs.includes('acute'));
    const t = strings('nb');
    expect(statusText(element)).to.equal(t.shown(acute.length));
    expect(shadow(element).querySelector('[role="status"]')).to.equal(status);
    // Ticking "acute" brings the emergency numbers, as the preset does.
    expect(shadow(element).querySelector('[part~="emergency"]')).to.not.equal(null);
    expect(names(element)).to.deep.equal(cardsBesideEmergency(acute, emergencyNumbers()));
    expect(summary.textContent).to.include(t.needs.acute);

    // The next need widens the list (either need), a category narrows it.
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(checkbox(element, 'housing'));
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    const acuteOrHousing = getContacts().filter((contact) => contact.needs.includes('acute') || contact.needs.includes('housing'));
    expect(statusText(element)).to.equal(t.shown(acuteOrHousing.length));
    checkbox(element, 'organisation').focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    const organisations = acuteOrHousing.filter((contact) => contact.category === 'organisation');
    expect(organisations.length).to.be.greaterThan(0);
    expect(statusText(element)).to.equal(t.shown(organisations.length));
    expect(names(element)).to.deep.equal(organisations.map(title));
    expect(groupHeadings(element)).to.deep.equal(['Nødnumre', 'Hjelpetiltak og frivillige/ideelle organisasjoner']);
    await expect(element).to.be.accessible();

    // Unticking everything shows every contact again.
    for (const value of ['acute', 'housing', 'organisation']) {
      checkbox(element, value).focus();
      await sendKeys({ press: ' ' });
    }
    await element.updateComplete;
    expect(names(element).length).to.equal(getContacts().length);
    expect(statusText(element)).to.equal(t.shown(getContacts().length));
  });

  it('starts from the preset category and need, and a new preset replaces the visitor\'s choice', async () => {
    const element = await list('searchable need="housing" category="organisation"');
    expect(checkbox(element, 'housing').checked).to.equal(true);
    expect(checkbox(element, 'organisation').checked).to.equal(true);
    expect(checkbox(element, 'public').checked).to.equal(false);
    const expected = getContacts().filter((contact) => contact.needs.includes('housing') && contact.category === 'organisation');
    expect(names(element)).to.deep.equal(expected.map(title));
    // Nothing announced before the visitor does anything.
    expect(statusText(element)).to.equal('');
    checkbox(element, 'organisation').click();
    await element.updateComplete;
    expect(names(element).length).to.equal(getContacts().filter((contact) => contact.needs.includes('housing')).length);
    element.setAttribute('need', 'return');
    await element.updateComplete;
    expect(checkbox(element, 'return').checked).to.equal(true);
    expect(checkbox(element, 'housing').checked).to.equal(false);
    expect(checkbox(element, 'organisation').checked).to.equal(true);
  });

  it('forgets the visitor\'s filters on reset (quick exit)', async () => {
    const element = await list('searchable need="acute"');
    checkbox(element, 'acute').click();
    checkbox(element, 'web').click();
    shadow(element).querySelector('details')!.open = true;
    await element.updateComplete;
    element.resetState();
    await element.updateComplete;
    expect(checkbox(element, 'acute').checked).to.equal(true);
    expect(checkbox(element, 'web').checked).to.equal(false);
    expect(shadow(element).querySelector('details')!.open).to.equal(false);
    expect(statusText(element)).to.equal('');
  });

  it('has no visitor filters for an explicit selection, and none without searchable', async () => {
    expect(shadow(await list('searchable ids="rosa politiet"')).querySelector('[part~="filters"]')).to.equal(null);
    expect(shadow(await list('need="acute"')).querySelector('[part~="filters"]')).to.equal(null);
  });

  describe('no results', () => {
    it('offers clearing the search and shows the acute numbers', async () => {
      const element = await list('searchable');
      await search(element, 'zzzz');
      const empty = shadow(element).querySelector('[part~="empty"]')!;
      const t = strings('nb');
      expect(statusText(element)).to.equal(t.hits(0));
      expect(empty.textContent).to.include(t.noMatchQuery('zzzz'));
      // Every emergency number, with Alarmtelefonen as the audience is not "adult".
      expect(telHrefs(empty)).to.deep.equal([...emergencyNumbers()].map((number) => (number.length === 8 ? `tel:+47${number}` : `tel:${number}`)));
      const buttons = [...empty.querySelectorAll('button')].map((button) => button.textContent?.trim());
      expect(buttons).to.deep.equal([t.clearSearch]);
      await expect(element).to.be.accessible();
      // Keyboard: Tab from the field past the filters to the button; Enter clears.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.textContent?.trim()).to.equal(t.clearSearch);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(names(element).length).to.equal(getContacts().length);
      expect(shadow(element).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
      expect(active(element)?.id).to.equal('search');
    });

    it('offers clearing the filters when they hide every match', async () => {
      const element = await list('searchable category="international"');
      await search(element, 'rosa');
      const t = strings('nb');
      const empty = shadow(element).querySelector('[part~="empty"]')!;
      expect([...empty.querySelectorAll('button')].map((button) => button.textContent?.trim())).to.deep.equal([t.clearFilters, t.clearSearch]);
      expect(statusText(element)).to.equal(`${t.hits(0)}. ${t.hiddenHits(1)}.`);
      // One way to widen the filters, not two buttons doing the same.
      expect(shadow(element).querySelector('[part~="show-all"]')).to.equal(null);
      await expect(element).to.be.accessible();
      (empty.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(names(element)).to.deep.equal(['ROSA']);
      expect(checkbox(element, 'international').checked).to.equal(false);
    });

    for (const lang of ['nn', 'en'] as const) {
      it(`is accessible in ${lang}`, async () => {
        const element = await list(`searchable category="international" lang="${lang}"`);
        await element.localeReady;
        await search(element, 'zzzz');
        const t = strings(lang);
        expect(shadow(element).querySelector('[part~="empty"]')?.textContent).to.include(t.noMatchQuery('zzzz')).and.include(t.emergencyHeading);
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('no number twice', () => {
    const cases: [string, 'adults' | 'minors' | undefined, (contact: Contact) => boolean][] = [
      ['need="acute"', undefined, (contact) => contact.needs.includes('acute')],
      ['need="acute" audience="minor"', 'minors', (contact) => contact.needs.includes('acute')],
      ['need="acute" audience="adult"', 'adults', (contact) => contact.needs.includes('acute')],
      ['need="acute health" searchable', undefined, (contact) => contact.needs.includes('acute') || contact.needs.includes('health')],
    ];
    for (const [attributes, audience, inFilter] of cases) {
      it(`shows each emergency number once: ${attributes}`, async () => {
        const element = await list(attributes);
        const box = shadow(element).querySelector('[part~="emergency"]')!;
        const numbers = emergencyNumbers(audience === 'adults' ? 'adults' : undefined);
        const boxHrefs = telHrefs(box);
        expect(boxHrefs).to.have.length(numbers.size);
        const all = telHrefs(shadow(element));
        for (const href of boxHrefs) expect(all.filter((candidate) => candidate === href), href!).to.have.length(1);
        // A card whose only way to reach it is a number in the box is left out; the others keep
        // their description and addresses.
        const listed = getContacts().filter((contact) => inFilter(contact) && (!audience || contact.audience.includes(audience)));
        expect(names(element)).to.deep.equal(cardsBesideEmergency(listed, numbers));
        expect(names(element)).to.not.include('Legevaktsentralen');
        expect(names(element)).to.include('Politiet');
        await expect(element).to.be.accessible();
      });
    }

    it('keeps the opening hours of a number that moved to the box (Alarmtelefonen)', async () => {
      const element = await list('need="acute" audience="minor"');
      const alarm = getContacts().find((contact) => contact.id === 'alarmtelefonen')!;
      const hours = first(alarm.phones, 'Alarmtelefonen phone').hours;
      expect(hours?.kind).to.equal('text');
      expect(shadow(element).querySelector('[part~="emergency"]')!.textContent).to.include(hours?.kind === 'text' ? hours.text : '');
      expect(names(element)).to.not.include(alarm.name);
    });

    it('lists the cards with their numbers when there is no emergency box', async () => {
      const element = await list('need="health"');
      expect(shadow(element).querySelector('[part~="emergency"]')).to.equal(null);
      expect(telHrefs(shadow(element))).to.include('tel:113').and.include('tel:116117');
    });
  });
});
