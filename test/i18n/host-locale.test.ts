import { expect, fixture } from '@open-wc/testing';
import '../../components/myths/define.js';
import type { MhElement } from '../../src/base-element.js';
import { registerLocale, whenLocaleLoaded } from '../../src/i18n.js';
import { normalizeLang } from '../../src/locale.js';
import { getMyths } from '../../src/content/myths.js';
import { captureInfo, captureWarnings, nth } from '../helpers/index.js';
import { renderedText, tablesOf } from './tables.js';

const nbMyths = getMyths('nb');
const ukrainian = (text: string) => `UK ${text}`;
/** A valid myths file for a host language: the nb file with every myth marked. */
const ukMyths = { ...nbMyths, myths: nbMyths.myths.map((myth) => ({ ...myth, myth: ukrainian(myth.myth) })) };

async function widget(lang: string): Promise<MhElement> {
  const element = (await fixture(`<mh-myths lang="${lang}"></mh-myths>`)) as MhElement;
  await element.localeReady;
  return element;
}

describe('host locales', () => {
  it('registerLocale: content and UI strings, missing strings in nb with one console.info', async () => {
    let element!: MhElement;
    const infos = await captureInfo(async () => {
      await registerLocale('uk', { myths: ukMyths, ui: { myths: { listLabel: 'Міфи та факти', factSource: 'Посібник, частина {0}' } } });
      element = await widget('uk-UA');
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(normalizeLang('uk-UA')).to.equal('uk');
    const text = renderedText(element.shadowRoot!);
    expect(text).to.include('Міфи та факти').and.include(ukrainian(nth(nbMyths.myths, 0).myth));
    // A string the host did not give is nb's.
    expect(text).to.include(tablesOf('myths').nb.myth as string);
    const missing = infos.filter((line) => line.includes('"uk"') && line.includes('myths'));
    expect(missing).to.have.length(1);
    expect(missing[0]).to.include('showFact');
    await expect(element).to.be.accessible();
  });

  it('registerLocale: invalid content is reported naming the domain and path, and nb is shown', async () => {
    const bad = { ...nbMyths, myths: [{ ...nbMyths.myths[0], myth: 42 }, ...nbMyths.myths.slice(1)] };
    let element!: MhElement;
    const warnings = await captureWarnings(async () => {
      await registerLocale('pl', { myths: bad, ui: { myths: { listLabel: 7, factSource: 'Część {3}' }, nope: {} } as never });
      element = await widget('pl');
    });
    const text = warnings.join('\n');
    expect(warnings.filter((line) => line.includes('"pl"'))).to.have.length.greaterThan(0);
    expect(text).to.include('myths.myths.0.myth');
    expect(text).to.include('ui.nope');
    const rendered = renderedText(element.shadowRoot!);
    expect(rendered).to.include(nth(nbMyths.myths, 0).myth).and.include(tablesOf('myths').nb.listLabel as string);
    const uiWarnings = await captureWarnings(async () => {
      element.requestUpdate();
      await element.updateComplete;
    });
    // The UI table is checked when first read (the first render): wrong type and an unknown
    // placeholder, reported once.
    expect(text).to.include('ui.myths').and.include('listLabel must be a string').and.include('{3}');
    expect(uiWarnings).to.deep.equal([]);
  });

  it('refuses nb and malformed codes', async () => {
    const warnings = await captureWarnings(async () => {
      await registerLocale('nb', { ui: { myths: { listLabel: 'Feil' } } });
      await registerLocale('not a code', {});
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('"nb"');
    const element = await widget('nb');
    expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').nb.listLabel as string);
  });

  it('reads <script type="application/json" data-mh-locale> added to the page', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.mhLocale = 'se';
    script.textContent = JSON.stringify({ ui: { myths: { listLabel: 'Myhtat ja duohtavuođat' } } });
    document.body.append(script);
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await whenLocaleLoaded('se');
      let element!: MhElement;
      await captureInfo(async () => {
        element = await widget('se');
      });
      expect(renderedText(element.shadowRoot!)).to.include('Myhtat ja duohtavuođat');
    } finally {
      script.remove();
    }
  });

  it('reports a data-mh-locale block that is not JSON, and shows nb', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.mhLocale = 'fi';
    script.textContent = '{ "ui": ';
    const warnings = await captureWarnings(async () => {
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve));
    });
    script.remove();
    expect(warnings.join('\n')).to.include('data-mh-locale="fi"').and.include('not valid JSON');
    const infos = await captureInfo(async () => {
      const element = await widget('fi');
      expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').nb.listLabel as string);
    });
    expect(infos.join('\n')).to.include('"fi" is not supported');
  });
});
