import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { strings as contactListStrings } from '../components/contact-list/strings.js';
import { en as contactListEn } from '../components/contact-list/strings.en.js';
import { getContact } from '../src/content/contacts.js';
import { phoneHref } from '../src/content/phone.js';
import { defined, first, waitFor } from './helpers/index.js';

/**
 * The snippet builder «Lag widget» (demo/builder/), loaded as the page it is: in a frame, under
 * its own strict CSP with Trusted Types (a meta tag), with the script-tag build. Needs
 * `npm run build` first (cdn/ and custom-elements.json), as `npm test` does.
 */
type BuilderWindow = Window & typeof globalThis;

const BUILDER = '/demo/builder/';
const SCRIPT_SRC = '/cdn/menneskehandel-widgets.js';

/** The builder's words, read as the page reads them (a plain .js module, outside the typed sources). */
type Sentences = { nb: string; nn: string; en: string };
type UiStrings = Record<string, string>;
async function builderStrings(): Promise<{ UI: { nb: UiStrings; nn: UiStrings; en: UiStrings }; ATTRIBUTES: Record<string, Record<string, Sentences> | undefined> }> {
  const path = '/demo/builder/strings.js';
  return import(/* @vite-ignore */ path);
}

/** Waits up to 10 s (the builder fetches the prerendered snippet from the test server). */
const until = (check: () => boolean, what: string): Promise<void> => waitFor(check, what, 10_000, 25);

async function openFrame(src: string, width = 1280): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function openBuilder(): Promise<{ frame: HTMLIFrameElement; win: BuilderWindow; doc: Document; violations: string[] }> {
  const frame = await openFrame(BUILDER);
  const win = frame.contentWindow as BuilderWindow;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  await until(() => doc.body.hasAttribute('data-ready'), 'the builder to start');
  return { frame, win, doc, violations };
}

/** A widget's rendered text: its shadow root's text without style sheets, white space collapsed. */
function renderedText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const walker = element.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function rendered(element: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await until(() => Boolean(element.shadowRoot) && renderedText(element).length > 0, `<${element.localName}> to render`);
  await element.updateComplete;
}

/** Moves a focused native <select> to the option with `value` by arrow keys, as a keyboard user does. */
async function chooseByKeyboard(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((option) => option.value === value);
  expect(target, `option ${value}`).to.be.greaterThan(-1);
  select.focus();
  const steps = target - select.selectedIndex;
  for (let i = 0; i < Math.abs(steps); i += 1) await sendKeys({ press: steps > 0 ? 'ArrowDown' : 'ArrowUp' });
  await until(() => select.value === value, `${select.id} to be ${value}`);
}

/** Picks <mh-contact-list need="acute" searchable> in English and the script's address, by keyboard only. */
async function chooseContactListByKeyboard(doc: Document, scriptSrcValue: string): Promise<void> {
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  await chooseByKeyboard(byId<HTMLSelectElement>('widget'), 'mh-contact-list');
  await chooseByKeyboard(byId<HTMLSelectElement>('widget-lang'), 'en');
  const acute = byId<HTMLInputElement>('attr-need-acute');
  acute.focus();
  await sendKeys({ press: ' ' });
  const searchable = byId<HTMLInputElement>('attr-searchable');
  searchable.focus();
  await sendKeys({ press: ' ' });
  expect(acute.checked && searchable.checked, 'both ticked by the Space key').to.equal(true);
  const scriptSrc = byId<HTMLInputElement>('script-src');
  scriptSrc.focus();
  scriptSrc.select();
  await sendKeys({ type: scriptSrcValue });
  expect(scriptSrc.value).to.equal(scriptSrcValue);
}

/** Replaces the frame's clipboard with a recorder (headless browsers refuse the real one). */
function recordClipboard(win: Window): { text: string } {
  const record = { text: '' };
  Object.defineProperty(win.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (value: string) => void (record.text = value) },
  });
  return record;
}

describe('snippet builder «Lag widget»', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('has a control and a bokmål and nynorsk sentence for every attribute in custom-elements.json, and the English one is the manifest’s', async () => {
    // The test server compiles .json into a module (esbuild plugin), so import it.
    const manifestPath = '/custom-elements.json';
    const manifest = (await import(/* @vite-ignore */ manifestPath)).default;
    const { ATTRIBUTES, UI } = await builderStrings();
    const missing: string[] = [];
    const stale: string[] = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.name === 'lang') continue;
          const entry = ATTRIBUTES[declaration.tagName]?.[attribute.name] ?? ATTRIBUTES['*']?.[attribute.name];
          if (!entry?.nb || !entry?.nn) missing.push(`${declaration.tagName} ${attribute.name}`);
          else if (entry.en !== attribute.description) stale.push(`${declaration.tagName} ${attribute.name}`);
        }
      }
    }
    expect(missing, 'attributes without a bokmål/nynorsk sentence in demo/builder/strings.js').to.deep.equal([]);
    expect(stale, 'JSDoc changed since the translation in demo/builder/strings.js: update nb/nn and en').to.deep.equal([]);
    expect(Object.keys(UI.nn).sort()).to.deep.equal(Object.keys(UI.nb).sort());
    expect(Object.keys(UI.en).sort()).to.deep.equal(Object.keys(UI.nb).sort());
  });

  it('builds <mh-contact-list need="acute" searchable> in English by keyboard; the copied snippet renders the same in a fresh page', async () => {
    const { win, doc, violations } = await openBuilder();
    const { UI } = await builderStrings();
    const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;

    await chooseContactListByKeyboard(doc, SCRIPT_SRC);

    // The preview is the widget itself, in English.
    const preview = byId('preview-host').firstElementChild!;
    expect(preview.localName).to.equal('mh-contact-list');
    await rendered(preview);
    // English strings arrive as a chunk of their own: wait for them, not for a fixed time.
    await until(() => renderedText(preview).includes(contactListEn.searchLabel), 'the English strings in the preview');
    const previewText = renderedText(preview);
    expect(previewText).to.include(contactListEn.searchLabel);
    expect(previewText).to.not.include(contactListStrings('nb').searchLabel);

    // Copy by keyboard; the clipboard is replaced by a recorder (headless browsers refuse the real one).
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    byId('copy').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => byId('copy-status').textContent === UI.nb.copied, 'the copy status message');
    expect(byId('copy-status').getAttribute('role')).to.equal('status');
    expect(copied).to.equal(byId<HTMLTextAreaElement>('snippet').value);

    // The snippet is the loader and the one tag, with exactly the chosen attributes.
    const parsed = new DOMParser().parseFromString(copied, 'text/html');
    expect([...parsed.querySelectorAll('script')].map((script) => [script.type, script.getAttribute('src')])).to.deep.equal([['module', SCRIPT_SRC]]);
    const tags = [...parsed.body.querySelectorAll('*')].filter((element) => element.localName.startsWith('mh-'));
    expect(tags.map((element) => element.localName)).to.deep.equal(['mh-contact-list']);
    expect(Object.fromEntries([...first(tags, 'pasted widget').attributes].map((attribute) => [attribute.name, attribute.value]))).to.deep.equal({ need: 'acute', searchable: '', lang: 'en' });

    // Pasted into a fresh page, it renders the same text as the preview.
    const fresh = await openFrame('about:blank');
    const freshDoc = fresh.contentDocument!;
    freshDoc.open();
    freshDoc.write(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Fresh page</title></head><body><main>${copied}</main></body></html>`);
    freshDoc.close();
    await until(() => Boolean(freshDoc.querySelector('mh-contact-list')), 'the pasted tag');
    const pasted = freshDoc.querySelector('mh-contact-list')!;
    await rendered(pasted);
    await until(() => renderedText(pasted).includes(contactListEn.searchLabel), 'the English strings in the pasted widget');
    expect(renderedText(pasted)).to.equal(previewText);
    expect(violations, 'CSP or Trusted Types violations in the builder').to.deep.equal([]);
  });

  it('copies the ready-made HTML (renderWidget via /demo/render): readable before the script, the same text as the preview after it', async () => {
    const { win, doc, violations } = await openBuilder();
    const { UI } = await builderStrings();
    const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    // An absolute address: the pasted page below is a blob: document, which cannot resolve a path.
    await chooseContactListByKeyboard(doc, `${location.origin}${SCRIPT_SRC}`);
    byId('kind-script').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(byId<HTMLInputElement>('kind-prerendered').checked).to.equal(true);
    const snippet = byId<HTMLTextAreaElement>('snippet');
    await until(() => snippet.value.includes('shadowrootmode'), 'the prerendered snippet');
    const preview = byId('preview-host').firstElementChild!;
    await rendered(preview);
    await until(() => renderedText(preview).includes(contactListEn.searchLabel), 'the English strings in the preview');
    const previewText = renderedText(preview);

    const clipboard = recordClipboard(win);
    byId('copy').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => byId('copy-status').textContent === UI.nb.copied, 'the copy status message');
    expect(clipboard.text).to.equal(snippet.value);
    const parsed = new DOMParser().parseFromString(clipboard.text, 'text/html');
    expect([...parsed.querySelectorAll('script')].map((script) => script.getAttribute('src'))).to.deep.equal([`${location.origin}${SCRIPT_SRC}`]);

    const page = (body: string) => URL.createObjectURL(new Blob([`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Pasted</title></head><body><main>${body}</main></body></html>`], { type: 'text/html' }));
    // Without the script: the shadow root comes from the HTML, with ROSA's number as a tel: link.
    const rosa = getContact('rosa')!;
    const withoutScript = await openFrame(page(clipboard.text.replace(/<script[\s\S]*?<\/script>/g, '')));
    const staticList = withoutScript.contentDocument!.querySelector('mh-contact-list')!;
    expect(withoutScript.contentWindow!.customElements.get('mh-contact-list'), 'no script ran').to.equal(undefined);
    expect(staticList.shadowRoot, 'declarative shadow root').to.not.equal(null);
    const telLinks = [...staticList.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
    expect(telLinks).to.include(phoneHref(first(rosa.phones, 'ROSA phone').number));
    expect(renderedText(staticList)).to.include(rosa.name);

    // With the script: hydrated, the same text as the preview.
    const withScript = await openFrame(page(clipboard.text));
    const hydrated = withScript.contentDocument!.querySelector('mh-contact-list')!;
    // Prerendered widgets hydrate when near the viewport; this frame sits below the other two.
    withScript.scrollIntoView();
    await until(() => Boolean(withScript.contentWindow!.customElements.get('mh-contact-list')), 'the script to define the widget');
    await (hydrated as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await until(() => renderedText(hydrated) === previewText, 'the hydrated text to match the preview');
    expect(renderedText(hydrated)).to.equal(previewText);
    expect(violations, 'CSP or Trusted Types violations in the builder').to.deep.equal([]);
  });

  it('offers a text field for an address (contacts-src), not a menu of the words its description puts in backticks', async () => {
    const { doc } = await openBuilder();
    const field = doc.getElementById('attr-contacts-src');
    expect(field?.localName, 'the contact card\'s contacts-src control').to.equal('input');
    expect((field as HTMLInputElement).type).to.equal('text');
  });

  it('switches its interface to nynorsk and English; attribute sentences follow, the snippet does not change', async () => {
    const { doc } = await openBuilder();
    const { UI, ATTRIBUTES } = await builderStrings();
    const uiLanguage = doc.getElementById('ui-lang') as HTMLSelectElement;
    const snippetBefore = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const hint = () => doc.getElementById('attr-compact-hint')!.textContent;
    expect(hint()).to.equal(defined(ATTRIBUTES['mh-contact-card']?.compact, 'compact sentence').nb);
    await chooseByKeyboard(uiLanguage, 'nn');
    expect(doc.documentElement.lang).to.equal('nn');
    expect(doc.querySelector('h1')!.textContent).to.equal(UI.nn.heading);
    expect(hint()).to.equal(defined(ATTRIBUTES['mh-contact-card']?.compact, 'compact sentence').nn);
    await chooseByKeyboard(uiLanguage, 'en');
    expect(doc.querySelector('h1')!.textContent).to.equal(UI.en.heading);
    expect(hint()).to.equal(defined(ATTRIBUTES['mh-contact-card']?.compact, 'compact sentence').en);
    expect((doc.getElementById('snippet') as HTMLTextAreaElement).value).to.equal(snippetBefore);
  });

  it('escapes a typed value, so it cannot leave its attribute', async () => {
    const { doc } = await openBuilder();
    await chooseByKeyboard(doc.getElementById('widget') as HTMLSelectElement, 'mh-quick-exit');
    const href = doc.getElementById('attr-href') as HTMLInputElement;
    href.focus();
    await sendKeys({ type: '/"><script src=x></script>' });
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelectorAll('script').length).to.equal(1);
    expect(parsed.querySelector('mh-quick-exit')!.getAttribute('href')).to.equal('/"><script src=x></script>');
  });

  it('is accessible (axe) in its states, with every control reachable by Tab', async () => {
    // axe runs on this document only, so the builder's page is mounted here: its header and main
    // from index.html (parsed, never as an HTML string into the page), its style sheets, its script.
    const source = new DOMParser().parseFromString(await (await fetch(BUILDER)).text(), 'text/html');
    for (const href of ['/demo/demo.css', '/demo/builder/builder.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
    }
    document.documentElement.lang = 'nb';
    document.body.append(document.adoptNode(source.querySelector('header')!), document.adoptNode(source.querySelector('main')!));
    const loaderPath = SCRIPT_SRC;
    const builderPath = '/demo/builder/builder.js';
    await import(/* @vite-ignore */ loaderPath);
    await import(/* @vite-ignore */ builderPath);
    await until(() => document.body.hasAttribute('data-ready'), 'the builder to start');
    const main = document.querySelector('main')!;
    const settle = async () => {
      const widget = document.getElementById('preview-host')!.firstElementChild!;
      await rendered(widget);
    };
    await settle();
    await expect(main).to.be.accessible();

    // A widget with a group of checkboxes, the prerendered kind (its note) and the English interface.
    await chooseByKeyboard(document.getElementById('widget') as HTMLSelectElement, 'mh-contact-list');
    const prerendered = document.getElementById('kind-prerendered') as HTMLInputElement;
    (document.getElementById('kind-script') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(prerendered.checked, 'arrow key moves to the second radio').to.equal(true);
    await until(() => !document.getElementById('snippet-note')!.hidden || Boolean((document.getElementById('snippet') as HTMLTextAreaElement).value), 'the prerendered snippet or its note');
    await chooseByKeyboard(document.getElementById('ui-lang') as HTMLSelectElement, 'en');
    await settle();
    await expect(main).to.be.accessible();
    await expect(document.querySelector('header')!).to.be.accessible();

    // Every control can be reached with Tab, in document order.
    const controls = [...document.querySelectorAll<HTMLElement>('header select, main select, main input, main textarea, main button')].filter(
      (control) => !(control instanceof HTMLInputElement && control.type === 'radio' && !control.checked),
    );
    const reached = new Set<Element>();
    document.getElementById('ui-lang')!.focus();
    reached.add(document.activeElement!);
    for (let i = 0; i < controls.length + 40 && controls.some((control) => !reached.has(control)); i += 1) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement) reached.add(document.activeElement);
    }
    expect(controls.filter((control) => !reached.has(control)).map((control) => control.id)).to.deep.equal([]);
  });
});
