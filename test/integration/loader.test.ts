import { expect } from '@open-wc/testing';
import { getMyths } from '../../src/content/myths.js';
import { nth } from '../helpers/index.js';
import { WIDGETS } from '../../src/widgets.js';

/**
 * The script-tag loader (cdn/menneskehandel-widgets.js, from `npm run build`): it defines only the
 * widgets a page shows, ones added later, and ones in open shadow roots it is told about.
 */
interface Loader {
  whenLoaded(): Promise<void>;
  observe(root: ShadowRoot): void;
  registerLocale(code: string, data: unknown): Promise<void>;
  VERSION: string;
}
type FrameWindow = Window & typeof globalThis & { loader?: Loader };

/** Every widget the loader can define: the registry's (src/widgets.json). */
const ALL_TAGS = WIDGETS.map((widget) => widget.tag);

async function page(body: string): Promise<{ win: FrameWindow; loader: Loader }> {
  const frame = document.createElement('iframe');
  frame.title = 'loader test';
  // The same URL as a page's script tag, so the test's handle is the page's loader.
  frame.srcdoc = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module">import * as loader from '/cdn/menneskehandel-widgets.js'; window.loader = loader;</script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  for (let i = 0; i < 200 && !win.loader; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  await win.loader!.whenLoaded();
  return { win, loader: win.loader! };
}

/** Resolves when `tag` is defined in `win`, or rejects after `ms`. */
function defined(win: FrameWindow, tag: string, ms = 10000): Promise<unknown> {
  return Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> not defined within ${ms} ms`)), ms)),
  ]);
}

async function rendered(element: Element): Promise<string> {
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const fetched = (win: FrameWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/cdn/'));

describe('integration: the script-tag loader', () => {
  afterEach(() => document.querySelectorAll('iframe[title="loader test"]').forEach((frame) => frame.remove()));

  it('defines only the widgets on the page and fetches only their modules', async () => {
    const { win } = await page('<mh-contact-card contact="rosa"></mh-contact-card>');
    for (const tag of ALL_TAGS) expect(win.customElements.get(tag) !== undefined, tag).to.equal(tag === 'mh-contact-card');
    const card = win.document.querySelector('mh-contact-card')!;
    expect(card.shadowRoot!.querySelector('a[href="tel:+4722331160"]'), 'ROSA phone link').to.not.equal(null);
    expect(fetched(win).filter((path) => path.startsWith('/cdn/components/'))).to.deep.equal(['/cdn/components/contact-card.js']);
    // Its chunks were preloaded alongside the module, not discovered after it.
    expect(win.document.querySelectorAll('link[rel="modulepreload"]').length).to.be.greaterThan(0);
  });

  it('defines a widget appended to the page after load', async () => {
    const { win } = await page('<mh-contact-card contact="rosa"></mh-contact-card>');
    expect(win.customElements.get('mh-myths')).to.equal(undefined);
    const myths = win.document.createElement('mh-myths');
    win.document.body.append(myths);
    await defined(win, 'mh-myths');
    expect(await rendered(myths)).to.include(nth(getMyths('nb').myths, 0).myth);
  });

  it('defines widgets nested in an element appended later', async () => {
    const { win } = await page('');
    const section = win.document.createElement('section');
    section.innerHTML = '<div><mh-quick-exit></mh-quick-exit></div>';
    win.document.body.append(section);
    await defined(win, 'mh-quick-exit');
  });

  it('loads widgets in an open shadow root the host passes to observe()', async () => {
    const { win, loader } = await page('');
    const host = win.document.createElement('div');
    win.document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<mh-myths></mh-myths>';
    // The document's observer does not see into shadow roots.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.customElements.get('mh-myths')).to.equal(undefined);
    loader.observe(shadow);
    await defined(win, 'mh-myths');
    // And one added to that root later.
    shadow.append(win.document.createElement('mh-quick-exit'));
    await defined(win, 'mh-quick-exit');
  });

  it('passes registerLocale to the widgets it loaded (one module graph)', async () => {
    const { win, loader } = await page('<mh-myths lang="uk"></mh-myths>');
    const nb = getMyths('nb');
    await loader.registerLocale('uk', { myths: { ...nb, myths: nb.myths.map((myth) => ({ ...myth, myth: `UK ${myth.myth}` })) } });
    const element = win.document.querySelector('mh-myths')!;
    (element as Element & { requestUpdate(): void }).requestUpdate();
    expect(await rendered(element)).to.include(`UK ${nth(nb.myths, 0).myth}`);
  });

  it('loads <mh-guide> as one file that defines every widget, the card beside it too', async () => {
    // A card beside the guide (as on the demo page) comes from the same file: one copy of Lit.
    const { win, loader } = await page('<mh-guide></mh-guide><mh-contact-card contact="rosa"></mh-contact-card>');
    expect(win.document.querySelector('mh-contact-card')!.shadowRoot, 'the card is defined').to.not.equal(null);
    const guide = win.document.querySelector('mh-guide')!;
    await rendered(guide);
    const nested = [...new Set([...guide.shadowRoot!.querySelectorAll('*')].map((node) => node.localName).filter((name) => name.startsWith('mh-')))];
    expect(nested.length, 'widgets inside the guide').to.be.greaterThan(0);
    for (const tag of nested) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(fetched(win)).to.include('/cdn/all/guide.js');
    expect(fetched(win).filter((path) => path.startsWith('/cdn/components/')), 'no per-widget module').to.deep.equal([]);
    // A widget the guide defines, added later, needs nothing more; a host language reaches it.
    const nb = getMyths('nb');
    await loader.registerLocale('uk', { myths: { ...nb, myths: nb.myths.map((myth) => ({ ...myth, myth: `UK ${myth.myth}` })) } });
    const myths = win.document.createElement('mh-myths');
    myths.setAttribute('lang', 'uk');
    win.document.body.append(myths);
    expect(await rendered(myths)).to.include(`UK ${nth(nb.myths, 0).myth}`);
    expect(fetched(win).filter((path) => path.startsWith('/cdn/components/'))).to.deep.equal([]);
  });
});
