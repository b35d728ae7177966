/**
 * Issue #21, item 6: one long unbroken host string must not freeze the page. Host text is capped
 * (MAX_TEXT characters for content and host contacts, 2 000 for a host's UI strings, 200 quoted in a
 * notice): a 1 MB string is refused with the usual notice, and the longest allowed one renders and
 * lays out in < 1 s without making the widget wider than its container.
 *
 * The 1 s budgets are wall time, which a loaded machine stretches: a measure over budget is taken
 * again (up to MEASURES times) and the fastest counts. A real freeze is over budget every time.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../index.js';
import { MAX_TEXT } from '../../src/content/schemas/common.js';
import { WIDGETS } from '../gates/widgets.js';
import { captureWarnings, nth, renderGateExample, settled, stubQuickExits } from '../helpers/index.js';

const MEGABYTE = 'x'.repeat(1_000_000);
const LONGEST = 'x'.repeat(MAX_TEXT);

const BUDGET_MS = 1000;
const MEASURES = 3;

/** Runs `measure` until one run is within the budget (at most MEASURES runs); returns the fastest. */
async function fastestOf<T extends { elapsed: number }>(measure: () => Promise<T>): Promise<T> {
  let fastest = await measure();
  for (let run = 1; run < MEASURES && fastest.elapsed >= BUDGET_MS; run += 1) {
    const next = await measure();
    if (next.elapsed < fastest.elapsed) fastest = next;
  }
  return fastest;
}

type ListElement = HTMLElement & { contacts: unknown; updateComplete: Promise<unknown>; hostContactsReady: Promise<unknown> };

const FIELDS: [string, (text: string) => Record<string, unknown>][] = [
  ['description', (text) => ({ description: text })],
  ['name', (text) => ({ name: text })],
  ['phone label', (text) => ({ phones: [{ number: '22331160', label: text }] })],
  ['hours text', (text) => ({ phones: [{ number: '22331160', hours: { kind: 'text', text } }] })],
];

/** Sets a host contact with `entry` on a 360 px list and returns the time to render and lay it out. */
async function renderHostContact(entry: Record<string, unknown>): Promise<{ list: ListElement; elapsed: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><mh-contact-list ids="lokal rosa"></mh-contact-list></div>`);
  const list = wrapper.querySelector('mh-contact-list') as ListElement;
  // Load the local-contacts checker first: the time measured is checking and layout, not a module load.
  list.contacts = [{ id: 'lokal', name: 'Lokal kontakt' }];
  await list.hostContactsReady;
  const start = performance.now();
  list.contacts = [{ id: 'lokal', name: 'Lokal kontakt', ...entry }];
  await list.updateComplete;
  // Force style and layout of everything inside, as the browser must before it can paint.
  list.getBoundingClientRect();
  for (const node of list.shadowRoot!.querySelectorAll('*')) node.getBoundingClientRect();
  return { list, elapsed: performance.now() - start };
}

describe('hardening: long unbroken host strings', () => {
  for (const [field, entry] of FIELDS) {
    it(`a 1 MB ${field} of a host contact is refused with a notice, in under 1 s`, async () => {
      let result!: { list: ListElement; elapsed: number };
      const warnings = await captureWarnings(async () => {
        result = await fastestOf(() => renderHostContact(entry(MEGABYTE)));
      });
      expect(result.elapsed, `${Math.round(result.elapsed)} ms`).to.be.below(BUDGET_MS);
      expect(result.list.shadowRoot!.querySelector('[part="problem"]'), 'notice').to.not.equal(null);
      expect(warnings.join(), 'warning').to.include('lokal');
      expect(result.list.shadowRoot!.textContent!.length).to.be.below(100_000);
    });

    it(`the longest allowed ${field} (${MAX_TEXT} characters) renders in under 1 s, inside its container`, async () => {
      const { list, elapsed } = await fastestOf(() => renderHostContact(entry(LONGEST)));
      expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(BUDGET_MS);
      // (A name may be shown with a capital first letter.)
      expect(list.shadowRoot!.textContent!.includes(LONGEST.slice(1)), 'shown whole').to.equal(true);
      expect(list.scrollWidth, 'no sideways overflow').to.be.at.most(360);
    });
  }

  it('a 1 MB UI string in a host locale is refused; the widget shows nb and renders at once', async () => {
    const { registerLocale } = await import('../../src/i18n.js');
    let card!: HTMLElement & { localeReady: Promise<unknown> };
    // UI strings are checked against nb when a widget first reads them.
    const warnings = await captureWarnings(async () => {
      await registerLocale('se', { ui: { contact: { alwaysOpen: MEGABYTE } } });
      card = await fixture<HTMLElement & { localeReady: Promise<unknown> }>(html`<mh-contact-card contact="rosa" lang="se"></mh-contact-card>`);
      await card.localeReady;
    });
    expect(warnings.join().includes('alwaysOpen is longer than 2000 characters'), warnings.join().slice(0, 500)).to.equal(true);
    expect(card.shadowRoot!.textContent).to.include('Døgnåpen');
    expect(card.shadowRoot!.textContent!.includes('xxxxxxxxxx')).to.equal(false);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: a 1 MB value in every attribute renders in under 1 s`, async () => {
      const element = await renderGateExample(nth(widget.examples, 0));
      stubQuickExits(element);
      // Firefox spends seconds laying out ANY subtree under a 1 MB lang attribute (measured: a plain
      // light-DOM copy of <mh-myths>'s markup, no widget code and no styles, took 2 s; the widget's
      // own update 22 ms), so there `lang` measures the browser, not the library. See docs/security.md.
      const firefox = navigator.userAgent.includes('Firefox/');
      const attributes = (element.constructor as unknown as { observedAttributes: string[] }).observedAttributes.filter(
        (attribute) => !(firefox && attribute === 'lang'),
      );
      for (const attribute of attributes) {
        const { elapsed } = await fastestOf(async () => {
          const start = performance.now();
          await captureWarnings(async () => {
            element.setAttribute(attribute, MEGABYTE);
            await settled(element);
            element.getBoundingClientRect();
            for (const node of element.shadowRoot!.querySelectorAll('*')) node.getBoundingClientRect();
          });
          const measured = { elapsed: performance.now() - start };
          element.removeAttribute(attribute);
          await settled(element);
          return measured;
        });
        expect(elapsed, `${attribute}: ${Math.round(elapsed)} ms`).to.be.below(BUDGET_MS);
      }
    });
  }
});
