import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/contact-card/define.js';
import type { MhContactCard } from '../components/contact-card/contact-card.js';
import { getContacts } from '../src/content/contacts.js';
import { captureWarnings } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

/** tel: forms written from the guide's rules (E.164 for 8 digits, bare short numbers). */
function expectedTel(digits: string): string {
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}

async function card(id: string, now?: Date, extra = ''): Promise<MhContactCard> {
  const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-card contact="${id}" ${extra}></mh-contact-card></div>`);
  const element = wrapper.firstElementChild as MhContactCard;
  if (now) element.now = now;
  await element.updateComplete;
  return element;
}

const badge = (element: MhContactCard) => element.shadowRoot!.querySelector('[part~="badge"]')?.textContent?.trim();

describe('<mh-contact-card>', () => {
  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  it('renders every contact with its name and every number as a tel: link', async () => {
    for (const contact of getContacts()) {
      const element = await card(contact.id);
      const root = element.shadowRoot!;
      // A heading starts with a capital: the guide writes "legevaktsentralen" in running text.
      expect(root.querySelector('[part~="name"]')?.textContent?.trim(), contact.id).to.equal(contact.name.charAt(0).toUpperCase() + contact.name.slice(1));
      const hrefs = [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(hrefs, contact.id).to.deep.equal(contact.phones.map((phone) => expectedTel(phone.number)));
      const mails = [...root.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href'));
      expect(mails, contact.id).to.deep.equal(contact.emails.map((email) => `mailto:${email}`));
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href'), contact.id).to.match(/^(https:|tel:|mailto:)/);
    }
  });

  it('names whom you call: "Ring ROSA, 22 33 11 60"', async () => {
    const element = await card('rosa');
    const link = element.shadowRoot!.querySelector('a[href="tel:+4722331160"]')!;
    expect(link.getAttribute('aria-label')).to.equal('Ring ROSA, 22 33 11 60');
    expect(link.textContent?.trim()).to.equal('22 33 11 60');
    expect(badge(element)).to.equal('Døgnåpen');
  });

  it('shows both police numbers in their printed form', async () => {
    const element = await card('politiet');
    const links = [...element.shadowRoot!.querySelectorAll('a[href^="tel:"]')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).to.deep.equal([
      ['tel:112', '112'],
      ['tel:02800', '02800'],
    ]);
  });

  it('links the web addresses the guide prints, over https', async () => {
    const element = await card('pro-sentret');
    const link = element.shadowRoot!.querySelector('a[part~="web"]')!;
    expect(link.getAttribute('href')).to.equal('https://prosentret.no');
    expect(link.textContent?.trim()).to.equal('prosentret.no');
  });

  describe('open now (Europe/Oslo)', () => {
    // UDI: 10:00–15:00 Monday to Friday (Del 8). Støttesenter: 09:00–15:30 Monday to Friday.
    const cases: [string, string, string, string][] = [
      ['udi', '2025-06-11T10:00:00Z', 'Åpen nå', 'Wednesday 12:00 CEST'],
      ['udi', '2025-06-11T07:59:00Z', 'Stengt nå – åpner i dag kl. 10:00', 'Wednesday 09:59 CEST'],
      ['udi', '2025-06-11T12:59:00Z', 'Åpen nå', 'Wednesday 14:59, just before closing'],
      ['udi', '2025-06-11T13:00:00Z', 'Stengt nå – åpner i morgen kl. 10:00', 'Wednesday 15:00, closing time'],
      ['udi', '2025-06-13T13:30:00Z', 'Stengt nå – åpner mandag kl. 10:00', 'Friday after closing'],
      ['udi', '2025-06-14T10:00:00Z', 'Stengt nå – åpner mandag kl. 10:00', 'Saturday'],
      ['udi', '2026-01-18T10:00:00Z', 'Stengt nå – åpner i morgen kl. 10:00', 'Sunday in winter'],
      // Spring change: Monday 2025-03-31 09:30 CEST = 07:30Z (would be 08:30 in CET).
      ['udi', '2025-03-31T08:30:00Z', 'Åpen nå', 'Monday after spring DST, 10:30 CEST'],
      ['udi', '2025-03-31T07:30:00Z', 'Stengt nå – åpner i dag kl. 10:00', 'Monday after spring DST, 09:30 CEST'],
      // Autumn change: Monday 2025-10-27 is CET: 10:00 local = 09:00Z.
      ['udi', '2025-10-27T09:00:00Z', 'Åpen nå', 'Monday after autumn DST, 10:00 CET'],
      ['udi', '2025-10-27T08:59:00Z', 'Stengt nå – åpner i dag kl. 10:00', 'Monday after autumn DST, 09:59 CET'],
      // 2026: spring 29 March, autumn 25 October.
      ['stottesenter', '2026-03-30T13:29:00Z', 'Åpen nå', 'Monday 15:29 CEST 2026'],
      ['stottesenter', '2026-03-30T13:30:00Z', 'Stengt nå – åpner i morgen kl. 09:00', 'Monday 15:30 CEST 2026'],
      ['stottesenter', '2026-10-26T14:29:00Z', 'Åpen nå', 'Monday 15:29 CET 2026'],
      ['stottesenter', '2026-10-26T14:30:00Z', 'Stengt nå – åpner i morgen kl. 09:00', 'Monday 15:30 CET 2026'],
    ];
    for (const [id, iso, expected, label] of cases) {
      it(`${id}: ${label}`, async () => {
        expect(badge(await card(id, new Date(iso)))).to.equal(expected);
      });
    }

    it('shows hours in words, and no badge for hours only a person can judge', async () => {
      const udi = await card('udi', new Date('2025-06-11T10:00:00Z'));
      expect(udi.shadowRoot!.querySelector('[part~="hours"]')?.textContent).to.include('Åpen mandag–fredag kl. 10:00–15:00');
      const alarm = await card('alarmtelefonen');
      expect(alarm.shadowRoot!.querySelector('[part~="hours"]')?.textContent).to.include('Alarmtelefonen er åpen når barneverntjenesten er stengt.');
      expect(badge(alarm)).to.equal(undefined);
    });

    it('shows Caritas\' hours as the guide prints them, never as a badge', async () => {
      // The guide: «åpen mandag–torsdag 10:00 og 16:00» — a span or two times; a badge would be a guess.
      for (const iso of ['2025-06-11T10:00:00Z', '2025-06-14T10:00:00Z']) {
        const element = await card('caritas', new Date(iso));
        expect(element.shadowRoot!.querySelector('[part~="hours"]')?.textContent).to.include('åpen mandag–torsdag 10:00 og 16:00');
        expect(badge(element)).to.equal(undefined);
      }
      const english = await card('caritas', new Date('2025-06-11T10:00:00Z'), 'lang="en"');
      expect(english.shadowRoot!.querySelector('[part~="hours"]')?.textContent).to.include('10:00 and 16:00');
      expect(badge(english)).to.equal(undefined);
    });

    it('translates the badge (nn, en)', async () => {
      expect(badge(await card('udi', new Date('2025-06-14T10:00:00Z'), 'lang="nn"'))).to.equal('Stengt no – opnar måndag kl. 10:00');
      expect(badge(await card('udi', new Date('2025-06-14T10:00:00Z'), 'lang="en"'))).to.equal('Closed now – opens Monday at 10:00');
    });
  });

  it('shows on the KOM card that KOM does not handle individual cases', async () => {
    const element = await card('kom');
    expect(element.shadowRoot!.querySelector('[part~="note"]')?.textContent?.trim()).to.equal('KOM behandler ikke enkeltsaker.');
    const english = await card('kom', undefined, 'lang="en"');
    expect(english.shadowRoot!.querySelector('[part~="note"]')?.textContent?.trim()).to.equal('KOM does not handle individual cases.');
    await expect(english).to.be.accessible();
  });

  it('keeps the first sentence visible and the rest of the guide\'s description in a disclosure', async () => {
    const element = await card('frelsesarmeen');
    const root = element.shadowRoot!;
    expect(root.querySelector('[part~="description"]')?.textContent?.trim()).to.equal('Frelsesarmeen har flere tiltak rettet mot antatte ofre for menneskehandel.');
    const details = root.querySelector<HTMLDetailsElement>('details[part~="details"]')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(summary.textContent?.trim()).to.equal('Mer om Frelsesarmeen');
    // Three services of Del 8, one list item each.
    const items = [...details.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).to.have.length(3);
    expect(items[0]).to.include('Safe House Filemon');
    expect(items[1]).to.include('Migrasjonssenteret');
    expect(items[2]).to.include('Fengselsarbeidet');
    // The disclosure works by keyboard: Tab reaches the summary, Enter opens it.
    const before = await fixture<HTMLButtonElement>(html`<button>før</button>`);
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('lists the places the guide names for the service', async () => {
    const element = await card('nadheim', undefined, 'lang="nn"');
    expect(element.shadowRoot!.querySelector('[part~="places"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Stader: Oslo, Bergen, Stavanger, Trondheim');
    // Caritas' first sentence already names its seven cities: no second line saying the same.
    const caritas = await card('caritas');
    expect(caritas.shadowRoot!.querySelector('[part~="description"]')?.textContent).to.include('Tromsø og Arendal');
    expect(caritas.shadowRoot!.querySelector('[part~="places"]')).to.equal(null);
  });

  it('shows no description, caveat, places or details when compact', async () => {
    const element = await card('caritas', undefined, 'compact');
    for (const part of ['description', 'note', 'places', 'details']) expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.equal(null);
  });

  it('fires mh-contact-call with id and number', async () => {
    const element = await card('rosa');
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = (await oneEvent(element, 'mh-contact-call')) as CustomEvent;
    expect(event.detail).to.deep.equal({ number: '22331160', id: 'rosa' });
  });

  it('compact shows the numbers without description, hours words or footer', async () => {
    const element = await card('udi', new Date('2025-06-11T10:00:00Z'), 'compact');
    const root = element.shadowRoot!;
    expect(root.querySelector('a[href="tel:+4723351600"]')).to.not.equal(null);
    expect(root.querySelector('[part~="description"]')).to.equal(null);
    expect(root.querySelector('.hours-words')).to.equal(null);
    expect(root.querySelector('.mh-footer')).to.equal(null);
  });

  it('uses heading-level and reports a bad one', async () => {
    expect((await card('rosa', undefined, 'heading-level="5"')).shadowRoot!.querySelector('h5')).to.not.equal(null);
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => {
      element = await card('rosa', undefined, 'heading-level="9"');
    });
    expect(element.shadowRoot!.querySelector('h3')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('.mh-problem')?.textContent).to.include('heading-level');
    expect(warnings.join('\n')).to.include('heading-level="9"').and.include('2, 3, 4, 5, 6');
  });

  it('shows "Fant ikke kontakten" for an unknown id and warns with the valid ids', async () => {
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => {
      element = await card('rossa');
    });
    const problem = element.shadowRoot!.querySelector('[role="alert"]');
    expect(problem?.textContent?.trim()).to.equal('Fant ikke kontakten «rossa».');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contact="rossa"').and.include('rosa').and.include('alarmtelefonen');
    await expect(element).to.be.accessible();
  });

  it('reaches every link with the keyboard', async () => {
    const element = await card('nav-htso');
    const before = await fixture<HTMLButtonElement>(html`<button>før</button>`);
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('href')).to.equal('tel:+4799470279');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('href')).to.equal('mailto:htso@nav.no');
  });
});
