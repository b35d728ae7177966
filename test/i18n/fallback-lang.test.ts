/**
 * Text shown in bokmål inside a page in another language carries lang="nb" (WCAG 3.1.2): for
 * every widget in a host language `uk` registered with UI strings only, each text node that is
 * the guide's nb content sits under an element whose language is nb. Which text is nb content
 * comes from content/nb/*.json, not from the rendering.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, deepElements, renderGateExample } from '../gates/widgets.js';
import { registerLocale, whenLocaleLoaded } from '../../src/i18n.js';
import { hasContent } from '../../src/content/store.js';
import { tablesOf } from './tables.js';
import contacts from '../../content/nb/contacts.json';
import conversation from '../../content/nb/conversation.json';
import duties from '../../content/nb/duties.json';
import indicators from '../../content/nb/indicators.json';
import intro from '../../content/nb/intro.json';
import law from '../../content/nb/law.json';
import myths from '../../content/nb/myths.json';
import responsibility from '../../content/nb/responsibility.json';
import rights from '../../content/nb/rights.json';

const DOMAINS = { contacts, conversation, duties, indicators, intro, law, myths, responsibility, rights };

/** Keys whose values are not text a reader sees (ids, numbers, addresses, hrefs, kinds). */
const NOT_TEXT = new Set(['id', 'number', 'href', 'address', 'kind', 'source', 'opens', 'closes', 'days', 'emails', 'contacts', 'category', 'audience', 'needs', 'roles', 'forms']);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every visible string of the nb content files, link markup removed, joined for substring search. */
function nbCorpus(): string {
  const out: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (NOT_TEXT.has(key)) return;
    if (typeof value === 'string') out.push(collapse(value.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')));
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [child, item] of Object.entries(value)) walk(item, child);
  };
  walk(DOMAINS);
  return out.join('\n');
}

/** The language an element is in: its own lang, else its nearest ancestor's, across shadow roots. */
function languageOf(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
    const root: ParentNode | null = node.parentNode;
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/** Text nodes (rendered, long enough to tell content from UI words) under `host`'s shadow trees. */
function textNodes(host: HTMLElement): Text[] {
  const nodes: Text[] = [];
  for (const element of [host, ...deepElements(host)]) {
    const roots: Node[] = element.shadowRoot ? [element.shadowRoot] : [];
    for (const root of roots) {
      for (const child of root.childNodes) if (child instanceof Text) nodes.push(child);
    }
    for (const child of element.childNodes) if (child instanceof Text && element !== host) nodes.push(child);
  }
  return nodes.filter((node) => {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, template')) return false;
    const text = collapse(node.data);
    // Long enough to tell the guide's text from a UI word; one token (an address, an e-mail) has no language.
    return text.length >= 16 && /\s/.test(text);
  });
}

describe('text shown in bokmål inside a uk page carries lang="nb"', () => {
  const corpus = nbCorpus();

  before(async () => {
    // UI strings only: every content domain falls back to nb.
    await registerLocale('uk', { ui: { myths: { listLabel: 'Міфи та факти' } } });
    await whenLocaleLoaded('uk');
  });

  it('UI strings shown in nb for a language without its own (no uk quick-exit table) carry lang="nb"; a language with them does not', async () => {
    const exit = WIDGETS.find((widget) => widget.tag === 'mh-quick-exit')!.examples[0]!;
    const inUk = await renderGateExample(exit, 'uk');
    const button = inUk.shadowRoot!.querySelector('button')!;
    expect(collapse(button.textContent!)).to.equal(tablesOf('quick-exit').nb.button);
    expect(languageOf(button)).to.equal('nb');
    const inEn = await renderGateExample(exit, 'en');
    const enButton = inEn.shadowRoot!.querySelector('button')!;
    expect(collapse(enButton.textContent!)).to.equal(tablesOf('quick-exit').en.button);
    expect(languageOf(enButton)).to.equal('en');
  });

  it('uk has no content of its own', () => {
    for (const domain of Object.keys(DOMAINS)) expect(hasContent(domain, 'uk'), domain).to.equal(false);
  });

  for (const { tag, examples } of WIDGETS) {
    // Examples that set their own lang (nn, en) are not in the uk page.
    for (const [index, example] of examples.entries()) {
      if (/\slang=/.test(example.markup)) continue;
      it(`${tag} (“${example.name}”): the nb content it shows is marked lang="nb"`, async () => {
        const original = console.info;
        console.info = () => {};
        try {
          const element = await renderGateExample(example, 'uk');
          const content = textNodes(element).filter((node) => corpus.includes(collapse(node.data)));
          // Every widget but the quick exit shows the guide's text.
          if (index === 0 && tag !== 'mh-quick-exit') expect(content.length, 'nb content text found').to.be.greaterThan(0);
          const unmarked = content.filter((node) => languageOf(node.parentElement!) !== 'nb').map((node) => collapse(node.data).slice(0, 60));
          expect(unmarked, 'nb content not under lang="nb"').to.deep.equal([]);
          expect(element.hasAttribute('lang'), 'the widget itself gets no lang').to.equal(false);
        } finally {
          console.info = original;
        }
      });
    }
  }
});
