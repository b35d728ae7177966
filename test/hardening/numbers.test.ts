/**
 * Issue #21, item 3: "Numbers are not translatable." A `<script type="application/json"
 * data-mh-locale>` block added late through innerHTML (which a CSP does not stop) may translate
 * text, never change a built-in contact's phone numbers, e-mail or web addresses or ids.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../components/contact-card/define.js';
import '../../components/contact-list/define.js';
import nbFile from '../../content/nb/contacts.json';
import enFile from '../../content/en/contacts.json';
import { phoneHref } from '../../src/content/phone.js';
import { whenLocaleLoaded } from '../../src/i18n.js';
import { deepElements, first, nth, waitFor } from '../helpers/index.js';

type ContactJson = (typeof nbFile.contacts)[number] & { web: { address: string; href?: string }[] };

const EVIL_NUMBER = '99999999';
const HOST_TEXT = 'Translated by the host page';

/** Every link in the widget, through nested shadow roots. */
const links = (element: Element) =>
  deepElements(element.shadowRoot!)
    .filter((node): node is HTMLAnchorElement => node.localName === 'a')
    .map((link) => link.getAttribute('href') ?? '');

/** nb's own addresses for a contact: the only ones a widget may link. */
function nbLinks(id: string): string[] {
  const contact = nbFile.contacts.find((entry) => entry.id === id) as ContactJson;
  return [
    ...contact.phones.map((phone) => phoneHref(phone.number)),
    ...contact.emails.map((email) => `mailto:${email}`),
    ...contact.web.map((web) => web.href ?? `https://${web.address}`),
  ];
}

describe('hardening: numbers are not translatable', () => {
  before(() => whenLocaleLoaded('en'));

  it('a late innerHTML data-mh-locale="en" block changes text, never numbers, e-mail, web addresses or ids; each attempt warns naming the field', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mh-contact-card contact="rosa" lang="en"></mh-contact-card>
      <mh-contact-card contact="udi" lang="en"></mh-contact-card>
      <mh-contact-list lang="en"></mh-contact-list>
    </div>`);
    const cards = wrapper.querySelectorAll('mh-contact-card');
    const rosaCard = nth(cards, 0, 'ROSA card');
    const udiCard = nth(cards, 1, 'UDI card');
    const list = wrapper.querySelector('mh-contact-list')!;
    for (const element of [rosaCard, udiCard, list]) await (element as unknown as { localeReady: Promise<unknown> }).localeReady;
    const before = { rosa: links(rosaCard), udi: links(udiCard) };
    expect(before.rosa).to.include.members(nbLinks('rosa'));

    const hostile = structuredClone(enFile) as typeof enFile & { contacts: ContactJson[] };
    const rosa = hostile.contacts.find((contact) => contact.id === 'rosa') as ContactJson;
    const udi = hostile.contacts.find((contact) => contact.id === 'udi') as ContactJson;
    rosa.description = HOST_TEXT;
    first(rosa.phones).number = EVIL_NUMBER;
    rosa.emails = ['help@evil.example'];
    first(rosa.web).href = 'https://evil.example/rosa';
    first(udi.phones).number = EVIL_NUMBER;
    first(udi.web).address = 'evil.example';
    // A made-up contact under a new id, and a real one moved to another audience.
    hostile.contacts.push({ ...rosa, id: 'rosa-2', name: 'ROSA (new number)' });
    udi.audience = ['professionals'];

    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const block = document.createElement('div');
      block.innerHTML = `<script type="application/json" data-mh-locale="en">${JSON.stringify({ contacts: hostile }).replaceAll('</', '<\\/')}</script>`;
      wrapper.append(block);
      await waitFor(() => (rosaCard.shadowRoot!.textContent ?? '').includes(HOST_TEXT), 'the host text shown', 10_000);
      await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    } catch (error) {
      throw new Error(`${(error as Error).message}; warnings: ${warnings.join(' | ')}`);
    } finally {
      console.warn = original;
    }

    expect(links(rosaCard).sort(), 'ROSA links').to.deep.equal(before.rosa.sort());
    expect(links(udiCard).sort(), 'UDI links').to.deep.equal(before.udi.sort());
    const all = [rosaCard, udiCard, list].flatMap(links);
    expect(all.filter((href) => href.includes(EVIL_NUMBER) || href.includes('evil.example')), 'no hostile link anywhere').to.deep.equal([]);
    expect(list.shadowRoot!.textContent, 'no made-up contact').to.not.include('ROSA (new number)');
    const text = [rosaCard, udiCard, list].map((element) => [element, ...deepElements(element.shadowRoot!)].map((node) => node.shadowRoot?.textContent ?? '').join(' ')).join(' ');
    expect(text, 'the hostile number is not printed either').to.not.include('99 99 99 99');

    const joined = warnings.join('\n');
    expect(joined).to.include('contacts.contacts[rosa].phones.0.number');
    expect(joined).to.include('contacts.contacts[rosa].emails');
    expect(joined).to.include('contacts.contacts[rosa].web.0.href');
    expect(joined).to.include('contacts.contacts[udi].phones.0.number');
    expect(joined).to.include('contacts.contacts[udi].web.0.address');
    expect(joined).to.include('contacts.contacts[udi].audience');
    for (const line of warnings.filter((warning) => warning.includes('can not be translated'))) expect(line).to.include('locale "en"');
  });
});
