import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/rights-list/define.js';
import type { MhRightsList } from '../components/rights-list/rights-list.js';
import type { RightsVariantChangeDetail } from '../components/rights-list/rights-list.js';
import { getRights } from '../src/content/rights.js';
import en from '../content/en/rights.json';
import enContacts from '../content/en/contacts.json';
import { captureWarnings, nth, root } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { nn as nnStrings } from '../components/rights-list/strings.nn.js';
import { en as enStrings } from '../components/rights-list/strings.en.js';

const data = getRights('nb');

function rightItems(el: MhRightsList): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('ol.rights > li')];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function button(el: MhRightsList, label: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Whether the widget's shadow root has a match (booleans: a failing diff of DOM nodes can crash the runner). */
function has(el: MhRightsList, selector: string): boolean {
  return root(el).querySelector(selector) !== null;
}

/** A short description of an element for assertion messages. */
function describeNode(node: Element | null): string {
  return node ? `<${node.localName}> ${text(node).slice(0, 60)}` : 'nothing';
}

/** The element focused inside the widget's shadow root. */
function focused(el: MhRightsList): Element | null {
  return root(el).activeElement;
}

describe('<mh-rights-list>', () => {
  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  describe('professional (default)', () => {
    it('lists the nine rights in the guide\'s order with the bodies responsible (age unknown: minors\' bodies too, marked)', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const items = rightItems(el);
      expect(items).to.have.length(9);
      data.rights.forEach((right, index) => {
        const item = nth(items, index, 'right item');
        expect(item.dataset.id).to.equal(right.id);
        expect(text(item.querySelector('.right-text')).toLowerCase()).to.equal(right.text.toLowerCase());
        const bodies = [...item.querySelectorAll('ul.bodies > li')];
        expect(bodies.map((li) => text(li.querySelector('.body-name')).toLowerCase()), right.id).to.deep.equal(right.bodies.map((body) => body.name.toLowerCase()));
        // Exactly the minors' bodies carry "Under 18 år:".
        expect(bodies.map((li) => text(li.querySelector('.minor-tag'))), right.id).to.deep.equal(right.bodies.map((body) => (body.audience === 'minor' ? 'Under 18 år:' : '')));
      });
    });

    it('lists only the bodies for adults with audience="adult"', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list audience="adult"></mh-rights-list>`);
      rightItems(el).forEach((item, index) => {
        const right = nth(data.rights, index, 'right');
        const shown = [...item.querySelectorAll('ul.bodies .body-name')].map((node) => text(node).toLowerCase());
        const expected = right.bodies.filter((body) => body.audience !== 'minor').map((body) => body.name.toLowerCase());
        expect(shown, right.id).to.deep.equal(expected);
        expect(shown.length, right.id).to.be.greaterThan(0);
      });
      expect(has(el, '.minor-tag')).to.equal(false);
    });

    it('states the guide\'s facts: three hours of legal aid, six months\' permit, UDI and IOM for return', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const all = text(root(el).querySelector('ol.rights'));
      expect(all).to.include('minimum tre timer fri rettshjelp');
      expect(all).to.include('seks måneders begrenset oppholdstillatelse');
      expect(all).to.include('Nødvendige sikkerhetstiltak (etter risikovurdering)');
      const returnItem = rightItems(el).find((item) => item.dataset.id === 'assisted-return')!;
      const contacts = [...returnItem.querySelectorAll<HTMLElement>('ul.bodies li')].map((li) => li.dataset.contact);
      expect(contacts).to.include.members(['udi', 'iom']);
    });

    it('keeps the explanations behind <details>, closed until opened', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const legal = rightItems(el).find((item) => item.dataset.id === 'legal-aid')!;
      const details = legal.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.include('Juridisk bistand');
      expect(text(details)).to.include('Bistandsadvokaten kan søke Statsforvalteren om utvidelse av bevilling til fritt rettsråd.');
    });

    it('shows the non-punishment assessment as its own item', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const section = root(el).querySelector('[data-id="non-punishment-assessment"]')!;
      expect(text(section.querySelector('h3'))).to.equal('Hva innebærer en vurdering av straffritak?');
      expect(section.querySelectorAll('li')).to.have.length(data.nonPunishmentAssessment.items.length);
      expect(text(section)).to.include('alvoret av den straffbare handlingen');
    });

    it('opens and closes an explanation with the keyboard', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const first = nth(rightItems(el), 0).querySelector('details')!;
      button(el, 'Vis for personen').focus();
      // The first focusable after the switch button is the first right's summary.
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === first.querySelector('summary'), describeNode(focused(el))).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.equal(true);
      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows only the character.
      await sendKeys({ press: ' ' });
      expect(first.open).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === nth(rightItems(el), 1).querySelector('summary'), describeNode(focused(el))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('with age unknown (default) shows the minors\' additions, marked as applying to under-18s', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const minors = root(el).querySelector('[data-id="minors"]');
      expect(minors === null, 'minors section').to.equal(false);
      expect(text(minors!.querySelector('.minors-lead'))).to.equal('Gjelder bare personer under 18 år.');
      for (const item of data.minors.items) expect(text(minors)).to.include(item.text);
      const section = root(el).querySelector('[data-id="section-child-welfare-measures"] > summary');
      expect(text(section)).to.match(/^Under 18 år: /);
      expect(has(el, '[data-contact="barnevernet"] .minor-tag'), 'barnevernet tagged').to.equal(true);
      expect(text(root(el).querySelector('.professional'))).to.include('Mindreårige: Politiet skal bistå barnevernet');
      await expect(el).to.be.accessible();
    });

    for (const lang of ['nn', 'en']) {
      it(`marks the minors' additions in ${lang} too and is accessible`, async () => {
        await whenLocaleLoaded(lang as 'nn' | 'en');
        const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"><mh-rights-list></mh-rights-list></div>`);
        const el = wrapper.firstElementChild as MhRightsList;
        await el.updateComplete;
        const tags = [...root(el).querySelectorAll('.minor-tag')].map((tag) => text(tag));
        expect(tags.length).to.be.greaterThan(0);
        expect([...new Set(tags)]).to.deep.equal([`${(lang === 'nn' ? nnStrings : enStrings).under18}:`]);
        expect(text(root(el).querySelector('.minors-lead'))).to.match(lang === 'nn' ? /^Gjeld berre/ : /^Applies only/);
        await expect(el).to.be.accessible();
      });
    }

    it('has no minors\' additions with audience="adult"', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list audience="adult"></mh-rights-list>`);
      const shadowText = text(root(el).querySelector('.professional'));
      for (const item of data.minors.items) expect(shadowText).to.not.include(item.text);
      expect(has(el, '[data-id="section-child-welfare-measures"]'), '[data-id="section-child-welfare-measures"]').to.equal(false);
      expect(has(el, '[data-contact="barnevernet"]'), '[data-contact="barnevernet"]').to.equal(false);
      expect(shadowText).to.not.include('Mindreårige: Politiet skal bistå barnevernet');
    });
  });

  describe('audience="minor"', () => {
    it('adds representative or guardian, school, the footnote and barnevernet\'s role', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list audience="minor"></mh-rights-list>`);
      const minors = root(el).querySelector('[data-id="minors"]')!;
      expect(minors === null, 'minors section').to.equal(false);
      for (const item of data.minors.items) expect(text(minors)).to.include(item.text);
      expect(text(minors)).to.include('utlendingsloven § 98 a');
      const housing = rightItems(el).find((item) => item.dataset.id === 'housing')!;
      expect(housing.querySelector('[data-contact="barnevernet"]') !== null, 'barnevernet in housing').to.equal(true);
      const childWelfare = housing.querySelector<HTMLDetailsElement>('[data-id="section-child-welfare-measures"]')!;
      expect(text(childWelfare.querySelector('summary'))).to.include('Barnevernstiltak');
      expect(text(childWelfare)).to.include('Barnevernet skal anmode Statsforvalteren om oppnevning av representant eller verge.');
      const safety = rightItems(el).find((item) => item.dataset.id === 'safety-measures')!;
      expect(text(safety)).to.include('Mindreårige: Politiet skal bistå barnevernet');
    });
  });

  describe('variant="person"', () => {
    it('addresses the person and makes the helplines tappable', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list variant="person"></mh-rights-list>`);
      const list = root(el).querySelector('.person-list')!;
      const items = [...list.querySelectorAll(':scope > li')];
      // Age unknown: the guide's points plus the right to school, marked for under-18s.
      expect(items).to.have.length(data.person.items.length + 1);
      expect(items.at(-1)!.getAttribute('data-id')).to.equal('school');
      expect(items.map((item) => text(item))).to.include('Du kan få helsehjelp.');
      expect(text(list)).to.include('Du kan få et trygt sted å bo.');
      const hrefs = [...root(el).querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs).to.include('tel:+4722331160');
      expect(hrefs).to.include('tel:116111');
      // The call box and the ROSA point both carry ROSA's number, written out.
      const rosa = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href="tel:+4722331160"]')];
      expect(rosa).to.have.length(2);
      expect(rosa.every((link) => text(link) === '22 33 11 60')).to.equal(true);
      expect(nth(rosa, 0).getAttribute('aria-label')).to.equal('Ring ROSA, 22 33 11 60');
      expect(text(root(el).querySelector('a[href="tel:116111"]'))).to.equal('116 111');
      expect(has(el, '.professional'), '.professional').to.equal(false);
    });

    it('links only printed addresses', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list variant="person"></mh-rights-list>`);
      const hrefs = [...root(el).querySelectorAll('a')].map((link) => link.getAttribute('href')!);
      expect(hrefs).to.include('https://udi.no/menneskehandel');
      expect(hrefs).to.include('https://arbeidstilsynet.no/knowyourrights-NO');
      expect(hrefs).to.include('https://norway.iom.int');
      expect(hrefs.every((href) => /^(https:|tel:)/.test(href))).to.equal(true);
    });

    it('fires mh-contact-call with the contact when a number is tapped', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list variant="person"></mh-rights-list>`);
      const link = root(el).querySelector<HTMLAnchorElement>('.call a[href="tel:116111"]')!;
      // Keep the test page from following tel:.
      link.addEventListener('click', (event) => event.preventDefault());
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'mh-contact-call');
      expect(event.detail).to.deep.equal({ number: '116111', id: 'alarmtelefonen' });
    });

    it('with age unknown keeps the order, marks 116 111 and the right to school as for under-18s', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list variant="person"></mh-rights-list>`);
      expect(root(el).querySelector('.call a')!.getAttribute('href')).to.equal('tel:+4722331160');
      expect(has(el, '.call a[href="tel:116111"]')).to.equal(true);
      const school = data.minors.items.find((item) => item.id === 'school')!.text;
      const item = root(el).querySelector('.person-list [data-id="school"]');
      expect(text(item)).to.equal(`Under 18 år: ${school}`);
      await expect(el).to.be.accessible();
    });

    it('puts the children\'s number first for a presumed minor and adds the right to school', async () => {
      const adult = await fixture<MhRightsList>(html`<mh-rights-list variant="person" audience="adult"></mh-rights-list>`);
      const minor = await fixture<MhRightsList>(html`<mh-rights-list variant="person" audience="minor"></mh-rights-list>`);
      const firstCall = (el: MhRightsList) => root(el).querySelector('.call a')!.getAttribute('href');
      expect(firstCall(adult)).to.equal('tel:+4722331160');
      expect(firstCall(minor)).to.equal('tel:116111');
      const school = data.minors.items.find((item) => item.id === 'school')!.text;
      expect(text(root(minor).querySelector('.person-list'))).to.include(school);
      expect(text(root(adult).querySelector('.person-list'))).to.not.include(school);
    });

    it('has no way back when the host chose the person version', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list variant="person"></mh-rights-list>`);
      expect(root(el).querySelectorAll('button')).to.have.length(0);
    });
  });

  describe('switching between versions', () => {
    it('switches by click, moves focus to the person heading and back to the switch', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      setTimeout(() => button(el, 'Vis for personen').click());
      const toPerson = await oneEvent(el, 'mh-rights-variant-change');
      expect((toPerson.detail as RightsVariantChangeDetail).variant).to.equal('person');
      expect((toPerson as CustomEvent).composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('person');
      expect(focused(el)?.id).to.equal('person-heading');
      expect(text(root(el).querySelector('.person-list'))).to.include('Du kan få helsehjelp.');
      await expect(el).to.be.accessible();

      setTimeout(() => button(el, 'Tilbake til fagversjonen').click());
      const back = await oneEvent(el, 'mh-rights-variant-change');
      expect((back.detail as RightsVariantChangeDetail).variant).to.equal('professional');
      await el.updateComplete;
      expect(rightItems(el)).to.have.length(9);
      expect(focused(el) === button(el, 'Vis for personen'), describeNode(focused(el))).to.equal(true);
    });

    it('switches with Enter and back with Space', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      const events: string[] = [];
      el.addEventListener('mh-rights-variant-change', (event) => events.push((event as CustomEvent<RightsVariantChangeDetail>).detail.variant));
      button(el, 'Vis for personen').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events).to.deep.equal(['person']);
      expect(focused(el)?.id).to.equal('person-heading');
      button(el, 'Tilbake til fagversjonen').focus();
      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows only the character.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(events).to.deep.equal(['person', 'professional']);
      expect(focused(el) === button(el, 'Vis for personen'), describeNode(focused(el))).to.equal(true);
    });

    it('forgets the switch on reset (quick exit, back-forward cache)', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      button(el, 'Vis for personen').click();
      await el.updateComplete;
      el.resetState();
      await el.updateComplete;
      expect(el.variant).to.equal('professional');
      expect(rightItems(el)).to.have.length(9);
    });
  });

  describe('attributes', () => {
    it('uses heading-level for the top heading and the level below for sub-headings', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list heading-level="4" audience="minor"></mh-rights-list>`);
      expect(text(root(el).querySelector('h4'))).to.equal(data.intro.heading);
      expect(text(root(el).querySelector('#minors-heading'))).to.equal('Mindreårige');
      expect(root(el).querySelector('#minors-heading')!.localName).to.equal('h5');
      expect(has(el, 'h2, h3'), 'h2, h3').to.equal(false);
    });

    it('follows lang for its own words and the translated content', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list lang="en"></mh-rights-list>`);
      // nn and en strings load on first use.
      await el.localeReady;
      expect(text(button(el, 'Show to the person'))).to.equal('Show to the person');
      // The unofficial English content, with the footer saying so.
      expect(text(nth(rightItems(el), 4).querySelector('.right-text')).toLowerCase()).to.equal(nth(en.rights, 4).text.toLowerCase());
      expect(text(root(el).querySelector('[part="footer"]'))).to.include('unofficial');
      const nn = await fixture<MhRightsList>(html`<div lang="nn"><mh-rights-list variant="person"></mh-rights-list></div>`);
      const inner = nn.querySelector('mh-rights-list')!;
      await inner.localeReady;
      expect(text(root(inner).querySelector('#person-heading'))).to.equal('Rettar og hjelp for deg');
    });

    it('names whom you call in the page language (person variant)', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list lang="en" variant="person"></mh-rights-list>`);
      await el.localeReady;
      await el.updateComplete;
      const rosa = enContacts.contacts.find((contact) => contact.id === 'rosa')!;
      const label = text(root(el).querySelector('.call .call-label'));
      expect(label).to.include(rosa.name);
      expect(label).to.include((rosa.phones[0] as { label?: string }).label!);
    });

    it('shows the source footer for Del 5 and 7', async () => {
      const el = await fixture<MhRightsList>(html`<mh-rights-list></mh-rights-list>`);
      expect(text(root(el).querySelector('[part="footer"]'))).to.include('Del 5, 7');
    });
  });

  describe('bad input', () => {
    it('reports an unknown variant, names the valid values and shows the professional version', async () => {
      let el!: MhRightsList;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhRightsList>(html`<mh-rights-list variant="handout"></mh-rights-list>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('variant="handout"');
      expect(warnings[0]).to.include('professional, person');
      const problem = root(el).querySelector('[part="problem"]')!;
      expect(text(problem)).to.include('«handout»');
      expect(text(problem)).to.include('professional, person');
      expect(rightItems(el)).to.have.length(9);
      await expect(el).to.be.accessible();
    });

    it('reports an unknown audience and falls back to age unknown (the minors\' additions shown, marked)', async () => {
      let el!: MhRightsList;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhRightsList>(html`<mh-rights-list audience="child"></mh-rights-list>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('audience="child"');
      expect(warnings[0]).to.include('adult, minor');
      expect(text(root(el).querySelector('[part="problem"]'))).to.include('adult, minor');
      expect(has(el, '[data-id="minors"]'), '[data-id="minors"]').to.equal(true);
      expect(has(el, '.minor-tag'), '.minor-tag').to.equal(true);
      expect(rightItems(el)).to.have.length(9);
    });

    it('reports an invalid heading-level and uses 2', async () => {
      let el!: MhRightsList;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhRightsList>(html`<mh-rights-list heading-level="9"></mh-rights-list>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level="9"');
      expect(warnings[0]).to.include('2, 3, 4, 5, 6');
      expect(text(root(el).querySelector('[part="problem"]'))).to.include('«9»');
      expect(text(root(el).querySelector('h2'))).to.equal(data.intro.heading);
    });

    it('warns once per bad value, again for a new bad value', async () => {
      let el!: MhRightsList;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhRightsList>(html`<mh-rights-list variant="x"></mh-rights-list>`);
        el.requestUpdate();
        await el.updateComplete;
        el.variant = 'y';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.include('variant="y"');
    });
  });
});
