/**
 * Prerendered widgets hydrate (issue #18): each page of static snippets (dist/html/<widget>.<lang>.html,
 * every example of the widget rendered with renderWidget by `npm run build`) is loaded without its
 * script, read, then hydrated by the script-tag loader. No console error or warning, no lost or
 * doubled text, and one keyboard interaction per widget reaches the widget's code.
 * One page per widget and language: the examples of a widget share the page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WidgetExample } from '../../src/examples.js';
import { examples as contactCard } from '../../components/contact-card/examples.js';
import { examples as contactList } from '../../components/contact-list/examples.js';
import { examples as conversationGuide } from '../../components/conversation-guide/examples.js';
import { examples as guide } from '../../components/guide/examples.js';
import { examples as indicatorChecklist } from '../../components/indicator-checklist/examples.js';
import { examples as myths } from '../../components/myths/examples.js';
import { examples as quickExit } from '../../components/quick-exit/examples.js';
import { examples as reportingDuty } from '../../components/reporting-duty/examples.js';
import { examples as rightsList } from '../../components/rights-list/examples.js';
import { CAPTURE, readableText, writeIntoFrame } from './prerendered-page.js';

type FrameWindow = Window & typeof globalThis & { captured: string[] };

/** One interaction: the first element matching `selector` in a widget, the key that activates it, and the event it must fire. */
interface Interaction {
  selector: string;
  key: 'Enter' | ' ';
  event: string;
  /** The widget to use: the first on the page by default. */
  widget?: string;
}

const WIDGETS: Record<string, { examples: WidgetExample[]; interaction: Interaction }> = {
  'contact-card': { examples: contactCard, interaction: { selector: 'a[href^="tel:"]', key: 'Enter', event: 'mh-contact-call' } },
  'contact-list': { examples: contactList, interaction: { selector: 'a[href^="tel:"]', key: 'Enter', event: 'mh-contact-call' } },
  'conversation-guide': { examples: conversationGuide, interaction: { selector: 'input[type="checkbox"]', key: ' ', event: 'mh-situations-change' } },
  guide: { examples: guide, interaction: { selector: 'nav a[href$="#mh-del-2"]', key: 'Enter', event: 'mh-guide-navigate' } },
  'indicator-checklist': { examples: indicatorChecklist, interaction: { selector: 'input[name="age"]', key: ' ', event: 'mh-indicators-change' } },
  myths: { examples: myths, interaction: { selector: 'summary', key: 'Enter', event: 'mh-myth-toggle', widget: 'mh-myths[display="reveal"]' } },
  'quick-exit': { examples: quickExit, interaction: { selector: 'button', key: 'Enter', event: 'mh-quick-exit' } },
  'reporting-duty': { examples: reportingDuty, interaction: { selector: 'input[type="radio"]', key: ' ', event: 'mh-duty-change' } },
  'rights-list': { examples: rightsList, interaction: { selector: '#show-person', key: 'Enter', event: 'mh-rights-variant-change' } },
};

const LANGS = ['nb', 'nn', 'en'] as const;

const LOADER = '<script type="module" src="../../cdn/menneskehandel-widgets.js"></script>';

/** Every mh-* element in `root`, in the shadow roots of those, and so on (the parts of <mh-guide>). */
function widgetsIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.startsWith('mh-')) continue;
    found.push(element);
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first element matching `selector` in `widget`'s shadow root or the shadow roots inside it. */
function deepQuery(widget: Element, selector: string): HTMLElement | null {
  const root = widget.shadowRoot;
  if (!root) return null;
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const inner of widgetsIn(root)) {
    const found = deepQuery(inner, selector);
    if (found) return found;
  }
  return null;
}

async function loadWithoutScript(widget: string, lang: string): Promise<HTMLIFrameElement> {
  const response = await fetch(`/dist/html/${widget}.${lang}.html`);
  expect(response.ok, `dist/html/${widget}.${lang}.html (run npm run build)`).to.equal(true);
  const page = await response.text();
  expect(page).to.include(LOADER);
  // The capture first, and the script tag held back until the prerendered text was read.
  return writeIntoFrame(page.replace('<head>', `<head><base href="/dist/html/">${CAPTURE}`).replace(LOADER, ''));
}

/** The script-tag loader (cdn/), or the npm entry (dist/, with Lit and the hydration support as the page's bundler would resolve them). */
const ENTRIES = { cdn: '/cdn/menneskehandel-widgets.js', npm: '/dist/menneskehandel-widgets.js' } as const;

async function hydrate(frame: HTMLIFrameElement, entry: keyof typeof ENTRIES = 'cdn'): Promise<Element[]> {
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = ENTRIES[entry];
  doc.body.append(script);
  const widgets = widgetsIn(doc);
  // Defined, hydrated, and the update after hydration (clock, page address) done.
  for (let i = 0; i < 300 && widgets.some((element) => !win.customElements.get(element.localName)); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const element of widgets) {
    const lit = element as Element & { updateComplete?: Promise<unknown>; hasUpdated?: boolean };
    // A prerendered widget hydrates when it comes near the viewport (test/ssr/lazy-hydration.test.ts):
    // scroll each of the page's own to it; those in a widget's shadow root hydrate with their host.
    if (!lit.hasUpdated && element.getRootNode() === doc) element.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 200 && !lit.hasUpdated; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lit.hasUpdated, `<${element.localName}> hydrated`).to.equal(true);
    await lit.updateComplete;
    await lit.updateComplete;
  }
  return widgets;
}

/** Every language with the script tag; English (the `<html lang="en">` case) with the npm entry too. */
const RUNS = [...LANGS.map((lang) => ({ lang, entry: 'cdn' as const })), { lang: 'en' as const, entry: 'npm' as const }];

describe('Prerendered widgets hydrate (dist/html; script-tag loader and npm entry)', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const [name, { examples, interaction }] of Object.entries(WIDGETS)) {
    for (const { lang, entry } of RUNS) {
      it(`<mh-${name}> ${lang}, ${entry}: same text after hydration, no error, ${interaction.event} by keyboard`, async () => {
        const frame = await loadWithoutScript(name, lang);
        const doc = frame.contentDocument!;
        const win = frame.contentWindow as FrameWindow;

        // Every example is on the page, or named in the page's comment with the reason it is not.
        const labels = [...doc.querySelectorAll('main > section')].map((section) => section.getAttribute('aria-label'));
        const comment = [...doc.body.childNodes].find((node) => node.nodeType === Node.COMMENT_NODE && node.textContent!.includes('Prerendered'))?.textContent ?? '';
        for (const example of examples) {
          const shown = labels.includes(example.name);
          expect(shown || comment.includes(`${example.name}:`), `example "${example.name}" shown or listed as left out`).to.equal(true);
          const written = /^<mh-[a-z-]+[^>]*\slang="([^"]+)"/.exec(example.markup)?.[1];
          if (shown && written) expect(written.slice(0, 2), `"${example.name}" in the ${lang} page`).to.equal(lang);
        }
        expect(labels.length).to.be.greaterThan(0);

        const top = [...doc.querySelectorAll('main > section > *')].filter((element) => element.localName.startsWith('mh-'));
        expect(top.length).to.equal(labels.length);
        for (const element of top) {
          expect(element.shadowRoot, `<${element.localName}> has its declarative shadow root`).to.not.equal(null);
          expect(element.getAttribute('lang')?.slice(0, 2)).to.equal(lang);
        }
        const before = top.map((element) => collapse(readableText(element)));
        // Hydration keeps the prerendered nodes; a render from scratch would replace them.
        const prerenderedNodes = top.map((element) => [...element.shadowRoot!.children].find((child) => child.localName !== 'style')!);
        for (const text of before) expect(text.length).to.be.greaterThan(10);

        const widgets = await hydrate(frame, entry);
        expect(win.captured, 'console errors and warnings').to.deep.equal([]);
        const after = top.map((element) => collapse(readableText(element)));
        for (const node of prerenderedNodes) expect(node.isConnected, `prerendered <${node.localName}> kept`).to.equal(true);
        expect(after).to.deep.equal(before);
        // Hydrated in place: no second copy of the content (a client render appended to the prerendered one).
        for (const element of widgets) {
          const footers = element.shadowRoot!.querySelectorAll(':scope > .mh-footer, :scope > * > .mh-footer');
          expect(footers.length, `<${element.localName}> footers`).to.be.at.most(1);
        }

        // One interaction, by keyboard: the widget's own code answers, so its listeners are attached.
        const owner = interaction.widget ? doc.querySelector(interaction.widget) : top[0];
        expect(owner, interaction.widget ?? 'first widget').to.not.equal(null);
        const target = deepQuery(owner!, interaction.selector);
        expect(target, `${interaction.selector} in <${owner!.localName}>`).to.not.equal(null);
        const fired: Event[] = [];
        win.addEventListener(interaction.event, (event) => fired.push(event));
        // A tel: link would ask the system for a phone app (the widget's listener still runs); the quick exit would leave the page.
        win.addEventListener('click', (event) => {
          if (event.composedPath().some((node) => (node as Element).localName === 'a' && (node as HTMLAnchorElement).href.startsWith('tel:'))) event.preventDefault();
        });
        if (name === 'quick-exit') (owner as Element & { navigate: (href: string) => void }).navigate = () => undefined;
        target!.focus();
        expect(target!.matches(':focus'), `${interaction.selector} takes focus`).to.equal(true);
        await sendKeys({ press: interaction.key });
        for (let i = 0; i < 50 && fired.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(fired.length, interaction.event).to.be.greaterThan(0);
        expect(win.captured, 'console errors and warnings after the interaction').to.deep.equal([]);
      });
    }
  }

  it('markup stripped of its lang on an <html lang="en"> page: rendered again in English, never left in bokmål', async () => {
    const english = await loadWithoutScript('contact-card', 'en');
    const expected = new Map(
      [...english.contentDocument!.querySelectorAll('main > section')].map((section) => [section.getAttribute('aria-label'), collapse(readableText(section.querySelector('mh-contact-card')!))]),
    );
    english.remove();
    const frame = await loadWithoutScript('contact-card', 'nb');
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'en';
    const sections = [...doc.querySelectorAll('main > section')];
    for (const section of sections) section.querySelector('mh-contact-card')!.removeAttribute('lang');
    await hydrate(frame);
    expect((frame.contentWindow as FrameWindow).captured).to.deep.equal([]);
    for (const section of sections) {
      const label = section.getAttribute('aria-label');
      expect(collapse(readableText(section.querySelector('mh-contact-card')!)), label ?? '').to.equal(expected.get(label));
    }
  });

  it('prerendered markup added after the widgets were defined without hydration support: rendered once, not doubled', async () => {
    // A page with one client-rendered widget: the widgets are defined, the hydration support is not loaded.
    const frame = await loadWithoutScript('myths', 'nb');
    const doc = frame.contentDocument!;
    // The first snippet as the page's source has it (innerHTML would leave out the shadow root).
    const source = await (await fetch('/dist/html/myths.nb.html')).text();
    const snippet = /<!-- mh-snippet:[\s\S]*?<!-- \/mh-snippet -->/.exec(source)![0];
    const prerenderedText = collapse(readableText(doc.querySelector('main > section > mh-myths')!));
    doc.querySelector('main')!.replaceChildren(doc.createElement('mh-myths'));
    await hydrate(frame);
    const win = frame.contentWindow as FrameWindow;
    expect(win.customElements.get('mh-myths')).to.not.equal(undefined);
    // Then the CMS inserts a prerendered snippet (parsed with its declarative shadow root).
    // Parsed in a document of its own (no custom elements there), then moved in with its shadow root.
    const parsed = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(`<section aria-label="Inserted">${snippet}</section>`);
    const container = doc.adoptNode(parsed.body.firstElementChild!);
    const inserted = container.querySelector('mh-myths') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(inserted.shadowRoot, 'the snippet keeps its declarative shadow root').to.not.equal(null);
    doc.querySelector('main')!.append(container);
    expect(win.customElements.get('mh-myths')).to.not.equal(undefined);
    await inserted.updateComplete;
    await inserted.updateComplete;
    expect(win.captured).to.deep.equal([]);
    expect(inserted.shadowRoot!.querySelectorAll('.mh-footer').length).to.equal(1);
    expect(collapse(readableText(inserted))).to.equal(prerenderedText);
  });

  it('<mh-guide> on a page opened at #mh-del-4: hydrates the prerendered part 1, then opens part 4', async () => {
    const frame = await loadWithoutScript('guide', 'nb');
    const win = frame.contentWindow as FrameWindow;
    win.history.replaceState(null, '', '#mh-del-4');
    const guide = frame.contentDocument!.querySelector('main > section > mh-guide')!;
    const prerendered = guide.shadowRoot!.querySelector('.layout');
    await hydrate(frame);
    expect(win.captured).to.deep.equal([]);
    expect(prerendered!.isConnected).to.equal(true);
    const currentLink = guide.shadowRoot!.querySelector('nav a[aria-current="true"]');
    expect(currentLink?.getAttribute('href')).to.match(/#mh-del-4$/);
  });
});
