/**
 * Data handed to a widget before its tag is defined (a framework that rendered before the
 * widget's module loaded) is taken over at upgrade: every declared property of every widget,
 * the checklist's `selected` accessor, and a host's contacts, which must then be shown.
 * Each case defines a fresh subclass under a new tag, so the element really is undefined when
 * the property is set.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import { WIDGETS } from './gates/widgets.js';
import { captureWarnings, renderExample } from './helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import { examples as listExamples } from '../components/contact-list/examples.js';
import { strings as listStrings } from '../components/contact-list/strings.js';
import { getIndicators, listIndicators } from '../src/content/indicators.js';
import { getContacts } from '../src/content/contacts.js';
import type { HostContact } from '../src/content/host-contacts.js';
import type { MhContactList } from '../components/contact-list/contact-list.js';
import type { MhIndicatorChecklist } from '../components/indicator-checklist/indicator-checklist.js';

let defined = 0;

/** Creates `<tag-pre-N>` (not yet defined) in the page, lets `before` set properties on it, then defines it. */
async function upgradeAfter<T extends HTMLElement>(tag: string, before: (element: HTMLElement) => void): Promise<T> {
  const base = customElements.get(tag) as unknown as typeof LitElement;
  const name = `${tag}-pre-${(defined += 1)}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(name);
  wrapper.append(element);
  before(element);
  customElements.define(name, class extends base {});
  const upgraded = element as unknown as T & LitElement;
  await upgraded.updateComplete;
  return upgraded;
}

/** A value for property `name` of a widget that differs from its default, and can be compared by identity. */
function valueFor(name: PropertyKey, options: PropertyDeclaration, initial: unknown): unknown {
  if (options.type === Boolean) return !initial;
  if (typeof initial === 'function') return () => 0;
  if (options.attribute === false) return name === 'contacts' ? [] : new Date(Date.UTC(2026, 0, 5, 12));
  return name === 'headingLevel' ? '4' : 'set-before-upgrade';
}

const LOCAL: HostContact[] = [{ id: 'pre-upgrade-legevakt', name: 'Legevakt set before upgrade' }];

describe('properties set before a widget is defined', () => {
  for (const { tag } of WIDGETS) {
    it(`<${tag}>: every declared property set before upgrade is kept`, async () => {
      const widget = customElements.get(tag) as unknown as typeof LitElement;
      const fresh = document.createElement(tag) as unknown as Record<PropertyKey, unknown>;
      const declared = [...widget.elementProperties].filter(([, options]) => !options.state);
      expect(declared.length, 'declared properties').to.be.greaterThan(0);
      for (const [name, options] of declared) {
        const value = valueFor(name, options, fresh[name]);
        await captureWarnings(async () => {
          const element = await upgradeAfter(tag, (early) => {
            (early as unknown as Record<PropertyKey, unknown>)[name] = value;
          });
          expect(Object.hasOwn(element, name), `${String(name)} is no longer an own property hiding the accessor`).to.equal(false);
          expect((element as unknown as Record<PropertyKey, unknown>)[name], String(name)).to.equal(value);
        });
      }
    });
  }

  it('<mh-contact-list> shows contacts set before upgrade', async () => {
    const list = await upgradeAfter<MhContactList>('mh-contact-list', (early) => {
      (early as MhContactList).contacts = LOCAL;
      early.setAttribute('ids', `${LOCAL[0]!.id} ${getContacts('nb')[0]!.id}`);
    });
    await list.hostContactsReady;
    expect(list.shadowRoot!.textContent).to.include(LOCAL[0]!.name);
    expect(list.shadowRoot!.textContent).to.include(getContacts('nb')[0]!.name);
    await expect(list).to.be.accessible();
  });

  it('<mh-indicator-checklist> ticks the `selected` set before upgrade', async () => {
    const first = listIndicators(getIndicators('nb'))[0]!.id;
    const checklist = await upgradeAfter<MhIndicatorChecklist>('mh-indicator-checklist', (early) => {
      (early as MhIndicatorChecklist).selected = [first];
    });
    expect(checklist.selected).to.deep.equal([first]);
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${first}"]`);
    expect(box?.checked).to.equal(true);
  });

  it('<mh-contact-list contacts="[object Object]">: a notice on how to pass contacts and one warning naming contacts', async () => {
    const example = listExamples.find((candidate) => candidate.name === 'Contacts lost to an attribute')!;
    let list!: MhContactList;
    const warnings = await captureWarnings(async () => {
      list = await renderExample<MhContactList>(example);
      list.requestUpdate();
      await list.updateComplete;
    });
    const notice = list.shadowRoot!.querySelector('.mh-problem');
    expect(notice?.textContent?.trim()).to.equal(listStrings('nb').contactsAttribute);
    expect(warnings.filter((warning) => warning.includes('contacts=')), 'one warning naming contacts').to.have.length(1);
    expect(warnings[0]).to.include('contacts');
    // The chosen guide contact is still there, and the list works by keyboard as before.
    expect(list.shadowRoot!.textContent).to.include(getContacts('nb').find((contact) => contact.id === 'rosa')!.name);
    await expect(list).to.be.accessible();

    // Passing the contacts as the property, as the notice says, shows them and ends the notice.
    list.contacts = LOCAL;
    list.ids = `rosa ${LOCAL[0]!.id}`;
    await list.hostContactsReady;
    expect(list.shadowRoot!.querySelector('.mh-problem')).to.equal(null);
    expect(list.shadowRoot!.textContent).to.include(LOCAL[0]!.name);
    const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.focus();
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement).not.to.equal(link);
  });
});
