/**
 * Invalid attribute values are reported the same way by every widget: one shared sentence per
 * kind (src/problems/strings*.ts) and one English console.warn per kind (MhElement).
 */
import { expect, fixture } from '@open-wc/testing';
import '../index.js';
import { strings } from '../src/problems/strings.js';
import { en } from '../src/problems/strings.en.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { GUIDE_PARTS } from '../components/guide/guide.js';
import { NEEDS } from '../src/content/contacts.js';
import { captureWarnings, collapse } from './helpers/index.js';

const nb = strings('nb');
type Widget = HTMLElement & { lang: string; localeReady: Promise<boolean>; updateComplete: Promise<boolean> };

/** Every widget with heading-level, with what it needs to render, and the level it falls back to. */
const WITH_HEADING_LEVEL: { tag: string; attributes?: string; fallback: number }[] = [
  { tag: 'mh-contact-card', attributes: 'contact="rosa"', fallback: 3 },
  { tag: 'mh-contact-list', fallback: 2 },
  { tag: 'mh-conversation-guide', fallback: 2 },
  { tag: 'mh-guide', attributes: 'no-hash no-quick-exit', fallback: 2 },
  { tag: 'mh-indicator-checklist', fallback: 2 },
  { tag: 'mh-myths', fallback: 2 },
  { tag: 'mh-reporting-duty', fallback: 2 },
  { tag: 'mh-rights-list', fallback: 2 },
];

/** The widget's own notices (not those of widgets nested in <mh-guide>). */
function problems(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="problem"]')].map((node) => collapse(node.textContent));
}

async function render(markup: string): Promise<{ element: Widget; warnings: string[] }> {
  let element!: Widget;
  const warnings = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
    element = wrapper.firstElementChild as Widget;
    await element.updateComplete;
  });
  return { element, warnings };
}

describe('invalid attribute values: one wording in every widget', () => {
  before(() => whenLocaleLoaded('en'));

  // One test per widget (each with axe in nb and en), so each stays short; every widget's
  // sentence is built from the same nb/en strings, so equal expectations mean one wording.
  for (const { tag, attributes = '', fallback } of WITH_HEADING_LEVEL) {
    it(`heading-level="9" gives the shared sentence and warning in <${tag}>, in nb and in en`, async () => {
      const { element, warnings } = await render(`<${tag} ${attributes} heading-level="9"></${tag}>`);
      const nbSentence = `${nb.invalid('heading-level', '9', '2, 3, 4, 5, 6')} ${nb.using(String(fallback))}`;
      expect(problems(element), tag).to.deep.equal([nbSentence]);
      await expect(element, `${tag} with a notice`).to.be.accessible();
      expect(nbSentence).to.include('«9»').and.include('heading-level').and.include('2, 3, 4, 5, 6');
      expect(warnings, tag).to.deep.equal([`<${tag}>: heading-level="9" is not valid. Valid values: 2, 3, 4, 5, 6. Using ${fallback}.`]);

      const enWarnings = await captureWarnings(async () => {
        element.lang = 'en';
        await element.localeReady;
      });
      expect(problems(element), `${tag} lang="en"`).to.deep.equal([`${en.invalid('heading-level', '9', '2, 3, 4, 5, 6')} ${en.using(String(fallback))}`]);
      // A language change shows the notice in the new language; the value is the same, so the
      // console has its one warning already (attributes are parsed once, issue #20).
      expect(enWarnings, tag).to.deep.equal([]);
      await expect(element, `${tag} with a notice, en`).to.be.accessible();
    });
  }

  it('a link that is not allowed reads the same in every widget that takes one', async () => {
    const link = (attribute: string) => `${nb.link(attribute, 'javascript:alert(1)')} ${nb.leftOut}`;
    const checklist = await render('<mh-indicator-checklist duty-href="javascript:alert(1)"></mh-indicator-checklist>');
    expect(problems(checklist.element)).to.deep.equal([link('duty-href')]);
    await expect(checklist.element).to.be.accessible();
    const conversation = await render('<mh-conversation-guide rights-href="javascript:alert(1)"></mh-conversation-guide>');
    expect(problems(conversation.element)).to.deep.equal([link('rights-href')]);
    expect(conversation.warnings).to.have.length(1);
    expect(conversation.warnings[0]).to.include('rights-href="javascript:alert(1)"').and.include('https:');
    // The quick exit keeps its default address instead of leaving the link out.
    const exit = await render('<mh-quick-exit href="http://www.yr.no"></mh-quick-exit>');
    expect(problems(exit.element)).to.deep.equal([`${nb.link('href', 'http://www.yr.no')} ${nb.using('https://www.yr.no')}`]);
    await expect(exit.element).to.be.accessible();
  });

  it('unknown values in a list attribute are named and left out', async () => {
    const valid = GUIDE_PARTS.join(', ');
    // Some parts remain: those are shown, so no fallback sentence.
    const some = await render('<mh-guide parts="2 9" no-hash no-quick-exit></mh-guide>');
    expect(problems(some.element)).to.deep.equal([nb.unknown('parts', '9', valid)]);
    // None remains: every part is shown, and the notice says so.
    const none = await render('<mh-guide parts="0 9" no-hash no-quick-exit></mh-guide>');
    expect(problems(none.element)).to.deep.equal([`${nb.unknown('parts', '0 9', valid)} ${nb.using(valid)}`]);
    const list = await render('<mh-contact-list need="shelter"></mh-contact-list>');
    expect(problems(list.element)[0]).to.equal(nb.unknown('need', 'shelter', NEEDS.join(', ')));
    await expect(list.element).to.be.accessible();
  });
});
