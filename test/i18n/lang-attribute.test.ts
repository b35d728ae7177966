/**
 * A widget reads its language from its own `lang` or its ancestors and never writes one:
 * `lang=""` would mean "unknown language" (WCAG 3.1.2; `:lang()` and `hyphens: auto` stop working).
 */
import { expect, fixture } from '@open-wc/testing';
import { WIDGETS } from '../gates/widgets.js';
import { MhElement } from '../../src/base-element.js';
import { registerLocale, whenLocaleLoaded } from '../../src/i18n.js';
import { hasContent } from '../../src/content/store.js';
import { getConversation } from '../../src/content/conversation.js';
import { getMyths, mythStatement } from '../../src/content/myths.js';

const UK_LABEL = 'Міфи та факти';
import { renderedText, tablesOf } from './tables.js';
import { deepElements, renderGateExample, settled } from '../helpers/index.js';

/** Counts the updates of every widget element (whatever its class) from now on. */
function countUpdates(): { counts: Map<Element, number>; stop: () => void } {
  const counts = new Map<Element, number>();
  const proto = MhElement.prototype as unknown as { update: (changed: unknown) => void };
  const original = proto.update;
  proto.update = function (this: Element, changed: unknown) {
    counts.set(this, (counts.get(this) ?? 0) + 1);
    original.call(this, changed);
  };
  return { counts, stop: () => void (proto.update = original) };
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('lang is read, never written', () => {
  for (const { tag, examples } of WIDGETS) {
    const example = examples.find((candidate) => !/\slang=/.test(candidate.markup)) ?? examples[0]!;
    it(`${tag}: no lang attribute appears on a widget that had none`, async () => {
      const markup = example.markup.replace(/\slang="[^"]*"/, '');
      const element = await renderGateExample({ ...example, markup });
      await frames();
      expect(element.hasAttribute('lang'), `${tag} lang attribute`).to.equal(false);
      // Nor an empty one on the widgets nested in it ("unknown language").
      const empty = [element, ...deepElements(element)].filter((node) => node.getAttribute('lang') === '');
      expect(empty.map((node) => node.localName)).to.deep.equal([]);
    });
  }

  it('a widget inside <html lang="en"> renders en and gets no lang of its own', async () => {
    const html = document.documentElement;
    const previous = html.getAttribute('lang');
    html.setAttribute('lang', 'en');
    try {
      const element = await fixture<MhElement>('<mh-myths></mh-myths>');
      await element.localeReady;
      expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').en.listLabel as string);
      expect(element.hasAttribute('lang')).to.equal(false);
      expect(element.matches(':lang(en)')).to.equal(true);
    } finally {
      if (previous === null) html.removeAttribute('lang');
      else html.setAttribute('lang', previous);
    }
  });

  it('nn or en content that is translated carries no lang of its own', async () => {
    const element = await fixture<MhElement>('<mh-myths lang="en"></mh-myths>');
    await element.localeReady;
    expect(hasContent('myths', 'en')).to.equal(true);
    expect(element.shadowRoot!.querySelector('.myth')!.closest('[lang]')).to.equal(null);
  });

  it('an explicit lang="nn" is kept and rendered', async () => {
    const element = await fixture<MhElement>('<div lang="en"><mh-myths lang="nn"></mh-myths></div>').then((wrapper) => wrapper.firstElementChild as MhElement);
    await element.localeReady;
    expect(element.getAttribute('lang')).to.equal('nn');
    expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').nn.listLabel as string);
  });

  it('setting the lang property re-renders in that language (the native property writes the attribute the host asked for)', async () => {
    const element = await fixture<MhElement>('<mh-myths></mh-myths>');
    element.lang = 'en';
    await element.localeReady;
    expect(element.getAttribute('lang')).to.equal('en');
    expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').en.listLabel as string);
    element.removeAttribute('lang');
    await element.localeReady;
    expect(renderedText(element.shadowRoot!)).to.include(tablesOf('myths').nb.listLabel as string);
  });

  it('nb text shown inside a uk page carries lang="nb"', async () => {
    await registerLocale('uk', { ui: { myths: { listLabel: UK_LABEL } } });
    await whenLocaleLoaded('uk');
    const original = console.info;
    console.info = () => {};
    try {
      const wrapper = await fixture('<div lang="uk"><mh-conversation-guide></mh-conversation-guide></div>');
      const element = wrapper.firstElementChild as MhElement;
      await settled(element);
      expect(hasContent('conversation', 'uk')).to.equal(false);
      const question = element.shadowRoot!.querySelector('.question-text')!;
      expect(question.textContent!.trim()).to.equal(getConversation('nb').questions.list[0]!.question);
      expect(question.closest('[lang]')?.getAttribute('lang')).to.equal('nb');
      expect(element.hasAttribute('lang')).to.equal(false);
      // The guide's title in the footer is the nb original.
      expect(element.shadowRoot!.querySelector('cite')?.getAttribute('lang')).to.equal('nb');

      // Myths with uk UI strings only: the myths and facts are nb text, marked; the uk label is not.
      const myths = (await fixture('<div lang="uk"><mh-myths></mh-myths></div>')).firstElementChild as MhElement;
      await settled(myths);
      const nbMyth = getMyths('nb').myths[0]!;
      const myth = myths.shadowRoot!.querySelector('.myth')!;
      expect(myth.textContent!.trim()).to.equal(mythStatement(getMyths('nb'), nbMyth));
      expect(myth.getAttribute('lang')).to.equal('nb');
      expect(myths.shadowRoot!.querySelector('blockquote')!.getAttribute('lang')).to.equal('nb');
      expect(myths.shadowRoot!.querySelector('.intro')!.getAttribute('lang')).to.equal('nb');
      expect(myths.shadowRoot!.querySelector('ul.myths')!.getAttribute('aria-label')).to.equal(UK_LABEL);
      expect(myths.shadowRoot!.querySelector('.label-myth')!.closest('[lang]')).to.equal(null);
    } finally {
      console.info = original;
    }
  });

  it('renders each widget once on load, not once more for the page-wide lang observer', async () => {
    const { counts, stop } = countUpdates();
    const warn = console.warn;
    // A contact card without `contact` warns; that is not what this test is about.
    console.warn = () => {};
    try {
      const wrapper = await fixture(`<div>${WIDGETS.map(({ tag }) => `<${tag}></${tag}>`).join('')}</div>`);
      const widgets = [...wrapper.children] as MhElement[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      // The observer reports in a microtask after the attribute change: give it time to (not) act.
      await frames();
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) expect(counts.get(widget), widget.localName).to.equal(1);
    } finally {
      console.warn = warn;
      stop();
    }
  });
});
