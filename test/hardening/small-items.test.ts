/**
 * Issue #21, item 7: the smaller findings, each decided, documented (docs/security.md) and tested.
 * (Shift×3 after typing in a host input: test/hardening/quick-exit.test.ts. registerLocale from a
 * second copy of the library: test/integration/hardening.test.ts.)
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../index.js';
import { registerLocale } from '../../src/i18n.js';
import { captureWarnings } from '../helpers/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; localeReady: Promise<unknown> };

const items = (list: Element) => list.shadowRoot!.querySelectorAll('[part~="item"]').length;

describe('hardening: smaller findings', () => {
  for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`<mh-contact-list audience="${value}"> shows a notice and every contact, not an empty list`, async () => {
      const all = await fixture<Widget>(html`<mh-contact-list></mh-contact-list>`);
      let list!: Widget;
      const warnings = await captureWarnings(async () => {
        list = await fixture<Widget>(`<mh-contact-list audience="${value}"></mh-contact-list>`);
        await list.updateComplete;
      });
      expect(items(all)).to.be.above(0);
      expect(items(list)).to.equal(items(all));
      expect(list.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.include(value);
      expect(warnings.join()).to.include('audience');
    });
  }

  it('a host locale with a "constructor" or "__proto__" key keeps its valid parts, warns naming the key, pollutes nothing', async () => {
    const data = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"x": 1}, "ui": {"contact": {"alwaysOpen": "Dygnet runt"}}}');
    let card!: Widget;
    const warnings = await captureWarnings(async () => {
      await registerLocale('sv', data);
      card = await fixture<Widget>(html`<mh-contact-card contact="rosa" lang="sv"></mh-contact-card>`);
      await card.localeReady;
    });
    expect(card.shadowRoot!.textContent).to.include('Dygnet runt');
    const joined = warnings.join('\n');
    expect(joined).to.include('"__proto__" is not a content domain');
    expect(joined).to.include('"constructor" is not a content domain');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('a widget moved into another document (an iframe) keeps its styles', async () => {
    const card = await fixture<Widget>(html`<mh-contact-card contact="rosa"></mh-contact-card>`);
    const before = getComputedStyle(card);
    expect(before.display).to.equal('block');
    const lineHeight = before.lineHeight;
    const link = card.shadowRoot!.querySelector<HTMLElement>('a[href^="tel:"]')!;
    const linkStyle = (view: Window) => {
      const computed = view.getComputedStyle(link);
      return [computed.display, computed.paddingTop, computed.fontWeight, computed.minHeight].join(' ');
    };
    const linkBefore = linkStyle(window);
    expect(linkBefore, 'the call link has the widget\'s own style').to.not.equal('inline 0px 400 auto');
    const frame = document.createElement('iframe');
    frame.title = 'another document';
    frame.srcdoc = '<!doctype html><html lang="nb"><body></body></html>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      frame.contentDocument!.body.append(card);
      await card.updateComplete;
      const style = frame.contentWindow!.getComputedStyle(card);
      expect(style.display, ':host { display: block }').to.equal('block');
      expect(style.lineHeight).to.equal(lineHeight);
      expect(linkStyle(frame.contentWindow!), 'the call link is styled as before').to.equal(linkBefore);
      // And back: Lit's own sheets again.
      document.body.append(card);
      await card.updateComplete;
      expect(getComputedStyle(card).display).to.equal('block');
    } finally {
      card.remove();
      frame.remove();
    }
  });
});
