import { expect } from '@open-wc/testing';
import { getContact } from '../../src/content/contacts.js';
import { phoneDisplay } from '../../src/content/phone.js';
import { getRights } from '../../src/content/rights.js';
import { loadSourceCorpus, type SourceCorpus } from './source-text.js';
import { defined, first, nth } from '../helpers/index.js';

const data = getRights('nb');

/** The beginning of each of the nine rights, in the guide's order (Del 7, «I Norge kan antatte ofre ha rett til:»). */
const NINE_RIGHTS = [
  'informasjon om rettigheter og hjelpetilbud',
  'juridisk bistand (minimum tre timer fri rettshjelp',
  'refleksjonsperiode (seks måneders begrenset oppholdstillatelse)',
  'nødvendige sikkerhetstiltak (etter risikovurdering)',
  'nødvendig helsehjelp',
  'trygg og tilpasset bolig',
  'penger til livsopphold',
  'fritak fra straff for lovbrudd begått som ledd i utnyttelsen',
  'bistand til trygg retur og reetablering i hjemlandet',
];

function right(id: string) {
  const found = data.rights.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no right ${id}`);
  return found;
}

describe('content/nb/rights.json', () => {
  let corpus: SourceCorpus;
  before(async () => {
    corpus = await loadSourceCorpus();
  });

  it('has the nine rights of Del 7 in the guide\'s order', () => {
    expect(data.rights).to.have.length(9);
    data.rights.forEach((entry, index) => expect(entry.text.startsWith(nth(NINE_RIGHTS, index, 'right')), entry.text).to.equal(true));
    expect(data.rightsLead.text).to.equal('I Norge kan antatte ofre ha rett til:');
  });

  it('gives every right at least one responsible body for adults, each a known contact or a named body', () => {
    for (const entry of data.rights) {
      const forAdults = entry.bodies.filter((body) => body.audience !== 'minor');
      expect(forAdults.length, entry.id).to.be.greaterThan(0);
      for (const body of entry.bodies) {
        expect(body.name.trim().length, `${entry.id}: body name`).to.be.greaterThan(2);
        if (body.contact) expect(getContact(body.contact), `${entry.id}: contact "${body.contact}"`).to.not.equal(undefined);
      }
    }
  });

  it('names the bodies the guide gives for the central rights', () => {
    const contacts = (id: string, minor = false) =>
      right(id)
        .bodies.filter((body) => minor || body.audience !== 'minor')
        .map((body) => body.contact);
    // «Utlendingsdirektoratet (UDI) behandler søknader om oppholdstillatelse.»
    expect(contacts('reflection-period')).to.include('udi');
    // «Politiet skal vurdere behov for sikkerhetstiltak …»
    expect(contacts('safety-measures')).to.include('politiet');
    // «… rett til ytelser etter sosialtjenesteloven … NAV er derfor en sentral instans.»
    expect(contacts('living-expenses')).to.include('nav');
    // Housing: UDI (asylum), NAV/kommunen (reflection period), ROSA (over 18); barnevernet for minors only.
    expect(contacts('housing')).to.include.members(['udi', 'nav', 'rosa']);
    expect(contacts('housing')).to.not.include('barnevernet');
    expect(contacts('housing', true)).to.include('barnevernet');
    // «UDI tilbyr … assistert retur og reintegrering gjennom … (IOM)»
    expect(contacts('assisted-return')).to.include.members(['udi', 'iom']);
    expect(right('non-punishment').bodies.map((body) => body.name)).to.include('påtalemyndigheten');
  });

  it('links every right to explanation sections that exist', () => {
    const ids = new Set(data.sections.map((section) => section.id));
    for (const entry of data.rights) {
      expect(entry.sections.length, entry.id).to.be.greaterThan(0);
      for (const id of entry.sections) expect(ids.has(id), `${entry.id} → ${id}`).to.equal(true);
    }
    // Every section is reachable from a right.
    const used = new Set(data.rights.flatMap((entry) => entry.sections));
    for (const section of data.sections) expect(used.has(section.id), section.id).to.equal(true);
  });

  it('states the guide\'s key figures in the explanations', () => {
    const text = (id: string) =>
      data.sections
        .find((section) => section.id === id)!
        .blocks.map((block) => (block.kind === 'paragraph' ? block.text : [block.text ?? '', ...block.items].join(' ')))
        .join(' ');
    expect(text('section-legal-aid')).to.include('minimum tre timer fri rettshjelp');
    expect(text('section-residence-permit')).to.include('Utlendingsdirektoratet (UDI) behandler søknader om oppholdstillatelse');
    expect(data.nonPunishmentAssessment.items).to.have.length(3);
    expect(data.nonPunishmentAssessment.heading).to.equal('Hva innebærer en vurdering av straffritak?');
  });

  it('has the minors\' additions with the footnote\'s legal references', () => {
    const texts = data.minors.items.map((item) => item.text);
    expect(texts).to.have.length(2);
    expect(texts[0]).to.include('Enslige mindreårige har også rett til representant eller verge');
    expect(texts[1]).to.include('grunnskoleopplæring');
    expect(texts[1]).to.include('videregående opplæring');
    expect(data.minors.note).to.include('utlendingsloven § 98 a');
    expect(data.minors.note).to.include('vergemålsloven');
    const childWelfare = data.sections.find((section) => section.id === 'section-child-welfare-measures')!;
    expect(childWelfare.audience).to.equal('minor');
    expect(childWelfare.heading).to.equal('Barnevernstiltak');
  });

  it('has the twelve points of information for the person (Del 5)', () => {
    expect(data.person.items).to.have.length(12);
    expect(first(data.person.items, 'item').text).to.equal('Det er trygt å søke om hjelp. Du trenger ikke å ha lovlig opphold for å få hjelp i Norge.');
    expect(data.person.items.map((item) => item.text)).to.include('Du kan få helsehjelp.');
    expect(data.person.items.every((item) => item.source.part === 5)).to.equal(true);
  });

  it('links only numbers printed in the quote, and they are the contacts\' numbers', () => {
    const phones = [
      ...data.person.items.flatMap((item) => (item.phones ?? []).map((phone) => ({ phone, text: item.text }))),
      ...data.sections.flatMap((section) =>
        section.blocks.flatMap((block) => (block.kind === 'paragraph' ? (block.phones ?? []).map((phone) => ({ phone, text: block.text })) : [])),
      ),
    ];
    expect(phones.map(({ phone }) => phone.digits)).to.include.members(['22331160', '116111']);
    for (const { phone, text } of phones) {
      expect(text, phone.digits).to.include(phoneDisplay(phone.digits));
      const contact = getContact(phone.contact!);
      expect(contact?.phones.map((entry) => entry.number), phone.contact).to.include(phone.digits);
    }
    // ROSA's helpline as printed in Del 5 and Del 7, and the children's alarm phone.
    expect(data.person.call.map((call) => [call.contact, call.digits])).to.deep.equal([
      ['rosa', '22331160'],
      ['alarmtelefonen', '116111'],
    ]);
  });

  it('links addresses only where the guide prints them', () => {
    for (const item of data.person.items) {
      for (const link of item.links ?? []) {
        expect(item.text).to.include(link.text);
        expect(link.href).to.equal(`https://${link.text}`);
      }
      for (const link of item.seeAlso ?? []) {
        expect(corpus.raw, link.label).to.include(link.label);
        expect(link.href).to.equal(`https://${link.label}`);
      }
    }
    // «knowyourrights.no» lost its link target; the address Del 8 prints for that page is used.
    const work = data.person.items.find((item) => item.id === 'person-work')!;
    expect(work.links ?? []).to.deep.equal([]);
    expect(first(defined(work.seeAlso, 'seeAlso'), 'see-also link').href).to.equal('https://arbeidstilsynet.no/knowyourrights-NO');
  });

  it('carries the errata corrections, not the slips', () => {
    const json = JSON.stringify(data);
    expect(json).to.not.include('alvorret');
    expect(json).to.not.include('for å bli for å bli');
    expect(json).to.include('opp mot alvoret av den straffbare handlingen');
  });
});
