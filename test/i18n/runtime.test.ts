import { expect, fixture } from '@open-wc/testing';
import '../../components/myths/define.js';
import '../../components/contact-card/define.js';
import type { MhElement } from '../../src/base-element.js';
import { normalizeLang } from '../../src/locale.js';
import { whenLocaleLoaded } from '../../src/i18n.js';
import { getContacts } from '../../src/content/contacts.js';
import { renderedText, tablesOf, TRANSLATED_LANGUAGES } from './tables.js';

const myths = tablesOf('myths');

describe('language at run time', () => {
  it('inherits lang from an ancestor, also across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>('<div lang="nn-NO"><span></span></div>');
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const element = document.createElement('mh-myths') as MhElement;
    root.append(element);
    await element.localeReady;
    expect(renderedText(element.shadowRoot!)).to.include(myths.nn.listLabel as string);
  });

  it('follows <html lang> when no ancestor sets one', async () => {
    const html = document.documentElement;
    const previous = html.getAttribute('lang');
    html.setAttribute('lang', 'en-GB');
    try {
      const element = (await fixture('<mh-myths></mh-myths>')) as MhElement;
      await element.localeReady;
      expect(renderedText(element.shadowRoot!)).to.include(myths.en.listLabel as string);
    } finally {
      if (previous === null) html.removeAttribute('lang');
      else html.setAttribute('lang', previous);
    }
  });

  it('re-renders when lang changes: nb → nn → en → nb', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div lang="nb"><mh-myths></mh-myths></div>');
    const element = wrapper.firstElementChild as MhElement;
    await element.updateComplete;
    const text = () => renderedText(element.shadowRoot!);
    expect(text()).to.include(myths.nb.listLabel as string);
    for (const lang of ['nn', 'en', 'nb'] as const) {
      wrapper.lang = lang;
      // The observer sees the change after a microtask; then the widget renders in the new language.
      await new Promise((resolve) => setTimeout(resolve));
      await element.localeReady;
      expect(text(), lang).to.include(myths[lang].listLabel as string);
    }
    // The footer's unofficial-translation note only for translations.
    expect(text()).to.not.include(tablesOf('footer').en.unofficial as string);
  });

  it('keeps phone numbers identical across languages', async () => {
    await Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]);
    const digits = (lang: string) => getContacts(lang).map((contact) => `${contact.id}: ${contact.phones?.map((phone) => phone.number).join(' ')}`);
    // A translation that has the file must carry the same numbers; one without falls back to nb.
    for (const lang of TRANSLATED_LANGUAGES) expect(digits(lang), lang).to.deep.equal(digits('nb'));
    const card = (await fixture('<mh-contact-card contact="politiet" lang="en"></mh-contact-card>')) as MhElement;
    await card.localeReady;
    const hrefs = [...card.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    // Del 8: politiet 02800 (not acute) and 112.
    expect(hrefs).to.include.members(['tel:112', 'tel:02800']);
  });

  it('maps tags as DESIGN.md says', () => {
    expect(normalizeLang('nn-NO')).to.equal('nn');
    expect(normalizeLang('en-US')).to.equal('en');
    expect(normalizeLang('no')).to.equal('nb');
  });
});
