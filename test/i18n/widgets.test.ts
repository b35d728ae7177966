import { expect, fixture } from '@open-wc/testing';
import '../../index.js';
import type { MhElement } from '../../src/base-element.js';
import { examples as mythsExamples } from '../../components/myths/examples.js';
import { EXAMPLE_REGISTRY } from '../gates/example-registry.js';
import { WIDGETS as REGISTERED } from '../../src/widgets.js';
import type { WidgetExample } from '../../src/examples.js';
import type { UiKey } from '../../src/strings.js';
import { captureWarnings, nth } from '../helpers/index.js';
import { plainStrings, renderedText, tablesOf, TRANSLATED_LANGUAGES } from './tables.js';

/** Every registered widget's UI-string key and first example (src/widgets.json). */
const WIDGETS: [UiKey, WidgetExample][] = REGISTERED.map(({ name, strings }) => [
  strings,
  nth(nth(EXAMPLE_REGISTRY.filter((entry) => entry.name === name), 0).examples, 0),
]);

async function render(example: WidgetExample, lang: string): Promise<MhElement> {
  let element!: MhElement;
  await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${example.markup}</div>`);
    element = wrapper.firstElementChild as MhElement;
    if (example.setup) await example.setup(element);
    await element.localeReady;
  });
  return element;
}

/** Strings of `lang`'s table that nb does not have (so seeing one proves the translation is used). */
function ownStrings(key: UiKey, lang: string): string[] {
  const nb = new Set(plainStrings(tablesOf(key).nb));
  return plainStrings(tablesOf(key)[lang]).filter((text) => text.length > 3 && !nb.has(text));
}

describe('widgets in nn and en', () => {
  it('render nb first and the translation once the locale chunk has loaded', async () => {
    // The first widget on this page to ask for en: nothing is loaded yet.
    const wrapper = await fixture<HTMLDivElement>(`<div lang="en">${nth(mythsExamples, 0).markup}</div>`);
    const element = wrapper.firstElementChild as MhElement;
    await element.updateComplete;
    const before = renderedText(element.shadowRoot!);
    expect(before).to.include(tablesOf('myths').nb.listLabel as string);
    await element.localeReady;
    const after = renderedText(element.shadowRoot!);
    expect(after).to.include(tablesOf('myths').en.listLabel as string).and.not.include(tablesOf('myths').nb.listLabel as string);
    expect(after).to.include(tablesOf('footer').en.unofficial as string);
  });

  for (const [key, example] of WIDGETS) {
    for (const lang of TRANSLATED_LANGUAGES) {
      it(`${key} shows ${lang} UI strings and an accessible result`, async () => {
        const element = await render(example, lang);
        const text = renderedText(element.shadowRoot!);
        const shown = ownStrings(key, lang).filter((candidate) => text.includes(candidate));
        expect(shown.length, `no ${lang} string of ${key} in: ${text.slice(0, 300)}`).to.be.greaterThan(0);
        // No nb-only UI string is left once the translation is in.
        const translated = plainStrings(tablesOf(key)[lang]);
        const nbOnly = plainStrings(tablesOf(key).nb).filter(
          (candidate) => candidate.length > 12 && !translated.some((other) => other.includes(candidate)),
        );
        expect(nbOnly.filter((candidate) => text.includes(candidate))).to.deep.equal([]);
        await expect(element).to.be.accessible();
      });
    }
  }
});
