import { expect, fixture } from '@open-wc/testing';
import '../../index.js';
import type { MhElement } from '../../src/base-element.js';
import { examples as cardExamples } from '../../components/contact-card/examples.js';
import { examples as listExamples } from '../../components/contact-list/examples.js';
import { examples as conversationExamples } from '../../components/conversation-guide/examples.js';
import { examples as guideExamples } from '../../components/guide/examples.js';
import { examples as checklistExamples } from '../../components/indicator-checklist/examples.js';
import { examples as mythsExamples } from '../../components/myths/examples.js';
import { examples as quickExitExamples } from '../../components/quick-exit/examples.js';
import { examples as dutyExamples } from '../../components/reporting-duty/examples.js';
import { examples as rightsExamples } from '../../components/rights-list/examples.js';
import type { WidgetExample } from '../../src/examples.js';
import type { UiKey } from '../../src/strings.js';
import { captureWarnings, nth } from '../helpers/index.js';
import { TABLES, plainStrings, tablesOf, renderedText } from './tables.js';

const WIDGETS: [UiKey, WidgetExample][] = [
  ['contact', nth(cardExamples, 0)],
  ['contact-list', nth(listExamples, 0)],
  ['conversation-guide', nth(conversationExamples, 0)],
  ['guide', nth(guideExamples, 0)],
  ['indicator-checklist', nth(checklistExamples, 0)],
  ['myths', nth(mythsExamples, 0)],
  ['quick-exit', nth(quickExitExamples, 0)],
  ['reporting-duty', nth(dutyExamples, 0)],
  ['rights-list', nth(rightsExamples, 0)],
];

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
function ownStrings(key: UiKey, lang: 'nn' | 'en'): string[] {
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
    expect(before).to.include(TABLES.myths.nb.listLabel as string);
    await element.localeReady;
    const after = renderedText(element.shadowRoot!);
    expect(after).to.include(TABLES.myths.en.listLabel as string).and.not.include(TABLES.myths.nb.listLabel as string);
    expect(after).to.include(TABLES.footer.en.unofficial as string);
  });

  for (const [key, example] of WIDGETS) {
    for (const lang of ['nn', 'en'] as const) {
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
