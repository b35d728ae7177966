/**
 * Release gate: accessible names keep the words and spaces of the visible text (WCAG 1.3.1, 2.5.3
 * Label in Name, 4.1.2). Runs on the BUILT bundle (dist/, built by `npm test` before the browsers
 * start): the build rewrites every template, and a space lost there is invisible on screen but
 * read as "Steg 1:Vurder …" by a screen reader. Names come from Chromium's accessibility tree over
 * CDP (server command `mh-ax-names` in web-test-runner.config.js); Firefox has no CDP there.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EXAMPLE_REGISTRY } from './example-registry.js';

const LANGS = ['nb', 'nn', 'en'] as const;
const TARGETS = 'h1, h2, h3, h4, h5, h6, [role="heading"], button, [role="button"], summary, a[href], [role="link"]';
const isChromium = navigator.userAgent.includes('Chrome/');

type AxNames = Record<string, { role: string; name: string }>;
type Upgradable = HTMLElement & { updateComplete?: Promise<unknown>; localeReady?: Promise<unknown> };

/** Every element under `root`, through open shadow roots, in tree order. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Laid out and not inside a closed <details> (whose hidden content Chromium still gives boxes). */
function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') return false;
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const parent: Element | null = node.parentElement;
    if (parent?.localName === 'details' && !(parent as HTMLDetailsElement).open && parent.querySelector(':scope > summary') !== node) return false;
  }
  return true;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The rendered text (innerText, so CSS decides what is a line break), without the parts marked
 * aria-hidden: those are left out of the name on purpose (a "Vis fakta" hint in a myth's summary).
 */
function visibleText(element: HTMLElement): string {
  let text = normalize(element.innerText);
  for (const hidden of element.querySelectorAll<HTMLElement>('[aria-hidden="true"]')) {
    const part = normalize(hidden.innerText);
    const at = part ? text.lastIndexOf(part) : -1;
    if (at !== -1) text = normalize(`${text.slice(0, at)} ${text.slice(at + part.length)}`);
  }
  return text;
}

/** Where an element is, for failure messages: widget, example, language. */
function where(element: Element, label: string): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `${label} ${host} <${element.localName}>`;
}

async function loadBundle(): Promise<void> {
  // The path is built at run time so that esbuild leaves it to the dev server (a static file).
  const bundle = ['', 'dist', 'menneskehandel-widgets.js'].join('/');
  await import(/* @vite-ignore */ bundle);
}

async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const widgets = [root, ...deepElements(root)].filter((node) => node.localName.startsWith('mh-')) as Upgradable[];
    await Promise.all(widgets.map((node) => node.localeReady ?? node.updateComplete));
  }
}

/** Renders every example of every widget in `lang`; returns each target element with a label. */
async function renderAll(lang: string): Promise<{ container: HTMLElement; targets: Map<string, { element: Element; label: string }> }> {
  const warn = console.warn;
  console.warn = () => {};
  const container = await fixture<HTMLDivElement>(`<div lang="${lang}"></div>`);
  const labels = new Map<Element, string>();
  try {
    for (const { tag, examples } of EXAMPLE_REGISTRY) {
      for (const example of examples) {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = example.markup;
        container.append(wrapper);
        const element = wrapper.firstElementChild as Upgradable;
        await customElements.whenDefined(tag);
        if (example.setup) await example.setup(element);
        await settled(element);
        labels.set(wrapper, `${tag} "${example.name}" (${lang}):`);
      }
    }
  } finally {
    console.warn = warn;
  }
  const targets = new Map<string, { element: Element; label: string }>();
  for (const [wrapper, label] of labels) {
    for (const element of deepElements(wrapper)) {
      if (!element.matches(TARGETS) || !isRendered(element)) continue;
      const id = String(targets.size);
      element.setAttribute('data-mh-ax-id', id);
      targets.set(id, { element, label });
    }
  }
  return { container, targets };
}

describe('gate: accessible names match the visible text (built bundle)', () => {
  before(loadBundle);

  it('the registry has every widget index.ts registers, and the bundle defines each', async () => {
    // Read as text: importing index.ts here would define the source elements over the bundle's.
    const index = await (await fetch('/index.ts')).text();
    const registered = [...index.matchAll(/components\/([a-z-]+)\/define\b/g)].map((match) => `mh-${match[1]}`).sort();
    expect(registered.length, 'widgets in index.ts').to.be.greaterThan(0);
    expect(EXAMPLE_REGISTRY.map(({ tag }) => tag).sort()).to.deep.equal(registered);
    for (const { tag, examples } of EXAMPLE_REGISTRY) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
      expect(examples.length, `${tag} examples`).to.be.greaterThan(0);
    }
  });

  it('the build puts no <wbr> (the space keeper) in a flex or grid container, where it would add a gap', async function () {
    this.timeout(180_000);
    const { container } = await renderAll('nb');
    const breaks = deepElements(container).filter((node) => node.localName === 'wbr');
    expect(breaks.length, '<wbr> in the built templates').to.be.greaterThan(0);
    const misplaced = breaks
      .map((node) => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element))
      .filter((parent) => /flex|grid/.test(getComputedStyle(parent).display))
      .map((parent) => `<${parent.localName} class="${parent.getAttribute('class') ?? ''}"> display: ${getComputedStyle(parent).display}`);
    container.remove();
    expect(misplaced).to.deep.equal([]);
  });

  if (!isChromium) {
    it('(Firefox) the accessibility tree is read only in Chromium: the server command says so', async () => {
      expect(await executeServerCommand<AxNames | false, undefined>('mh-ax-names')).to.equal(false);
    });
    return;
  }

  for (const lang of LANGS) {
    it(`every heading, button, summary and link: name = visible text, or contains it (${lang})`, async function () {
      // Every example of every widget, then the whole accessibility tree, on a loaded machine.
      this.timeout(180_000);
      const { container, targets } = await renderAll(lang);
      expect(targets.size, 'elements checked').to.be.greaterThan(100);
      const names = await executeServerCommand<AxNames | false, undefined>('mh-ax-names');
      expect(names, 'accessibility tree over CDP').to.not.equal(false);
      if (!names) return;
      const problems: string[] = [];
      for (const [id, { element, label }] of targets) {
        const visible = visibleText(element as HTMLElement);
        const node = names[id];
        if (!node) {
          problems.push(`${where(element, label)} "${visible}": not in the accessibility tree`);
          continue;
        }
        const name = normalize(node.name);
        // aria-label / aria-labelledby may add words (a phone link names whom it calls), but the
        // visible words must be in the name, in order (2.5.3). Otherwise the name IS the text.
        const labelled = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
        const ok = labelled ? name.toLowerCase().includes(visible.toLowerCase()) && name !== '' : name === visible;
        if (!ok) problems.push(`${where(element, label)} ${node.role}: name "${name}" vs visible "${visible}"`);
      }
      container.remove();
      expect(problems, `${problems.length} of ${targets.size}`).to.deep.equal([]);
    });
  }
});
