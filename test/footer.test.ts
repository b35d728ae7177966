import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import '../components/myths/define.js';
import '../components/contact-card/define.js';
import '../components/contact-list/define.js';
import type { MhElement } from '../src/base-element.js';
import { getFooterMeta } from '../src/content/meta-footer.js';
import { strings as footerStrings } from '../src/footer/strings.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { captureWarnings, collapse, first, nth } from './helpers/index.js';

before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const meta = getFooterMeta('nb');
const footer = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="footer"]')!;
const isFull = (element: Element) => footer(element).querySelector('cite')?.textContent === meta.title;

/** Renders markup, waits for every widget in it and for the footers to settle. */
async function page(markup: string): Promise<MhElement[]> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width: 1000px">${markup}</div>`);
  return settle(wrapper);
}

async function settle(wrapper: Element): Promise<MhElement[]> {
  const widgets = [...wrapper.querySelectorAll<MhElement>('mh-myths, mh-contact-card, mh-contact-list')];
  for (let round = 0; round < 3; round++) {
    await Promise.all(widgets.map((widget) => widget.localeReady));
    // The footers are compared after each render, in a microtask.
    await nextFrame();
  }
  return widgets;
}

describe('source footer: one full citation per page region', () => {
  it('a widget alone shows the full citation with edition, publisher and link', async () => {
    const myths = first(await page('<mh-myths></mh-myths>'));
    expect(isFull(myths)).to.equal(true);
    const text = collapse(footer(myths).textContent);
    expect(text).to.include(meta.publisher).and.include(meta.edition).and.include('Del 2');
    expect(footer(myths).querySelector('a')?.getAttribute('href')).to.equal(meta.url);
  });

  it('later widgets in the same region show one line that still names the guide, its edition, the part and the link', async () => {
    const widgets = await page('<mh-myths></mh-myths><mh-contact-card contact="rosa"></mh-contact-card><mh-contact-list ids="rosa"></mh-contact-list>');
    expect(widgets.map(isFull)).to.deep.equal([true, false, false]);
    const t = footerStrings('nb');
    for (const [widget, part] of [
      [nth(widgets, 1), 8],
      [nth(widgets, 2), 8],
    ] as const) {
      const compact = footer(widget);
      expect(compact.getAttribute('part')).to.equal('footer');
      expect(compact.classList.contains('mh-footer--compact')).to.equal(true);
      expect(collapse(compact.textContent)).to.equal(`${t.source}: ${t.shortTitle} (${meta.edition}), ${t.part([part])} · ${meta.urlLabel}`);
      expect(compact.querySelector('a')?.getAttribute('href')).to.equal(meta.url);
      // One line at this width: the paragraph is no taller than its line height allows.
      const paragraph = compact.querySelector('p')!;
      const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
      expect(paragraph.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
      // Lighter than the full one: no rule above it.
      expect(getComputedStyle(compact).borderTopStyle).to.equal('none');
      await expect(widget).to.be.accessible();
    }
  });

  it('keeps the unofficial-translation marking in nn and en, accessibly', async () => {
    for (const lang of ['nn', 'en'] as const) {
      const widgets = await page(`<div lang="${lang}"><mh-myths></mh-myths><mh-contact-card contact="politiet"></mh-contact-card></div>`);
      const t = footerStrings(lang);
      expect(collapse(footer(nth(widgets, 0)).textContent), lang).to.include(t.unofficial);
      const compact = collapse(footer(nth(widgets, 1)).textContent);
      expect(compact, lang).to.include(t.shortTitle).and.include(`(${t.unofficialShort})`).and.include(t.part([8]));
      await expect(nth(widgets, 1)).to.be.accessible();
      // The next language on a page of its own.
      fixtureCleanup();
    }
  });

  it('gives each landmark region its own full footer', async () => {
    const widgets = await page(
      '<main><mh-myths></mh-myths><mh-contact-card contact="rosa"></mh-contact-card></main><aside aria-label="Hjelp"><mh-contact-card contact="politiet"></mh-contact-card></aside>',
    );
    expect(widgets.map(isFull)).to.deep.equal([true, false, true]);
  });

  it('follows the page: a widget added before the first takes the full footer, and the next one takes over when it goes', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div><mh-contact-card contact="rosa"></mh-contact-card><mh-contact-card contact="politiet"></mh-contact-card></div>');
    let widgets = await settle(wrapper);
    expect(widgets.map(isFull)).to.deep.equal([true, false]);
    const added = document.createElement('mh-myths');
    wrapper.prepend(added);
    widgets = await settle(wrapper);
    expect(widgets.map(isFull)).to.deep.equal([true, false, false]);
    added.remove();
    widgets = await settle(wrapper);
    expect(widgets.map(isFull)).to.deep.equal([true, false]);
    nth(widgets, 0).remove();
    await settle(wrapper);
    expect(isFull(nth(widgets, 1))).to.equal(true);
  });

  it('source-footer="full" or "compact" overrides the order', async () => {
    let widgets = await page('<mh-myths source-footer="compact"></mh-myths><mh-contact-card contact="rosa"></mh-contact-card><mh-contact-card contact="rosa" source-footer="full"></mh-contact-card>');
    // The first compact by choice, so the next one is the first full footer.
    expect(widgets.map(isFull)).to.deep.equal([false, true, true]);
    nth(widgets, 0).setAttribute('source-footer', 'auto');
    widgets = await settle(nth(widgets, 0).parentElement!);
    expect(widgets.map(isFull)).to.deep.equal([true, false, true]);
  });

  it('reports an invalid source-footer value and uses the automatic footer', async () => {
    let widgets: MhElement[] = [];
    const warnings = await captureWarnings(async () => {
      widgets = await page('<mh-myths source-footer="none"></mh-myths>');
    });
    expect(isFull(nth(widgets, 0))).to.equal(true);
    expect(nth(widgets, 0).shadowRoot!.querySelector('.mh-problem')?.textContent).to.include('source-footer').and.include('none');
    expect(warnings.join('\n')).to.include('source-footer="none"').and.include('auto, full, compact');
    await expect(nth(widgets, 0)).to.be.accessible();
  });
});
