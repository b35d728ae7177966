import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLang, resolveLang } from '../src/locale.js';

describe('language resolution', () => {
  it('maps tags to the supported languages', () => {
    expect(normalizeLang('no')).to.equal('nb');
    expect(normalizeLang('nb-NO')).to.equal('nb');
    expect(normalizeLang('nn-NO')).to.equal('nn');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('')).to.equal('nb');
    expect(normalizeLang('de')).to.equal('nb');
  });

  it('takes the nearest ancestor lang, also across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nn"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('nn');
    inner.setAttribute('lang', 'en');
    expect(resolveLang(inner)).to.equal('en');
  });
});
