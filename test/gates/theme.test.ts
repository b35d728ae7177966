/**
 * Release gate: themed and hostile hosts (issue #19).
 * - axe, colour contrast included, on every widget's default example on a dark host
 *   (`color-scheme: dark`, #0b1f3a, light text) and on the example brand themes of the Storybook
 *   theme switcher (stories/themes.ts), so the switcher shows only states that pass.
 * - Hostile typography: a host's `* { line-height: 1 }`, a `text-align: center` container and
 *   `html { font-size: 10px }` leave body text at line-height 1.4 or more, left-aligned.
 */
import { expect, fixture } from '@open-wc/testing';
import { HOST_THEMES, applyHostTheme } from '../../stories/themes.js';
import { byKey, deepElements, describe_, first, isRendered, settled, stubQuickExits } from '../helpers/index.js';
import { WIDGETS } from './widgets.js';
import type { WidgetExample } from '../../src/examples.js';

/** Renders an example inside `<div class=…>` (with lang nb), as a host page would place it. */
async function renderIn(example: WidgetExample, wrapperClass = ''): Promise<{ wrapper: HTMLDivElement; element: HTMLElement }> {
  const original = console.warn;
  console.warn = () => {};
  try {
    const wrapper = await fixture<HTMLDivElement>(`<div lang="nb" class="${wrapperClass}">${example.markup}</div>`);
    const element = wrapper.firstElementChild as HTMLElement;
    stubQuickExits(element);
    if (example.setup) await example.setup(element);
    await settled(element);
    stubQuickExits(element);
    return { wrapper, element };
  } finally {
    console.warn = original;
  }
}

/** Elements that hold running text themselves (a direct, non-blank text node). */
function textElements(root: Element): Element[] {
  return deepElements(root).filter(
    (node) => isRendered(node) && [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim().length > 0),
  );
}

/** Headings, buttons and labels-in-buttons have their own, deliberate line height and alignment. */
function isBodyText(element: Element): boolean {
  return !element.closest('h1, h2, h3, h4, h5, h6, button, summary, [role="button"], .visually-hidden, legend');
}

const THEMED = HOST_THEMES.filter((theme) => theme.id !== 'default');

describe('gate: themes', () => {
  it('has a dark host theme and two brand themes to test', () => {
    const dark = THEMED.find((theme) => theme.id === 'dark');
    expect(dark?.colorScheme).to.equal('dark');
    expect(dark?.background).to.equal('#0b1f3a');
    expect(THEMED.filter((theme) => theme.id.startsWith('brand-')).length).to.equal(2);
  });

  for (const theme of THEMED) {
    describe(theme.title, () => {
      for (const widget of WIDGETS) {
        it(`<${widget.tag}> default example passes axe, colour contrast included`, async () => {
          const { wrapper, element } = await renderIn(first(widget.examples, `${widget.tag} examples`));
          applyHostTheme(wrapper, theme);
          wrapper.style.padding = '16px';
          await settled(element);
          // The scheme reaches the shadow tree: a dark host gets the dark defaults.
          expect(getComputedStyle(element).colorScheme, 'color-scheme inside the widget').to.equal(theme.colorScheme);
          await expect(element).to.be.accessible();
        });
      }
    });
  }

  it('the dark defaults differ from the light ones, and a host value is used as given in both', async () => {
    const { wrapper, element } = await renderIn(first(byKey(WIDGETS, 'tag', 'mh-myths').examples));
    const link = () => deepElements(element).find((node) => node.localName === 'a') as HTMLElement;
    const light = getComputedStyle(link()).color;
    wrapper.style.colorScheme = 'dark';
    const dark = getComputedStyle(link()).color;
    expect(dark).to.not.equal(light);
    wrapper.style.setProperty('--mh-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(link()).color).to.equal('rgb(1, 2, 3)');
    wrapper.style.colorScheme = 'light';
    expect(getComputedStyle(link()).color).to.equal('rgb(1, 2, 3)');
  });

  it('color-scheme="dark" on the widget forces the dark defaults on a light page', async () => {
    const example = first(byKey(WIDGETS, 'tag', 'mh-myths').examples);
    const { element } = await renderIn(example);
    const link = () => deepElements(element).find((node) => node.localName === 'a') as HTMLElement;
    const light = getComputedStyle(link()).color;
    element.setAttribute('color-scheme', 'dark');
    expect(getComputedStyle(element).colorScheme).to.equal('dark');
    expect(getComputedStyle(link()).color).to.not.equal(light);
  });
});

describe('gate: hostile typography', () => {
  const HOSTILE = `
    html { font-size: 10px; }
    body { font-size: 1.6rem; }
    * { line-height: 1; }
    .centred { text-align: center; }
  `;
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: body text keeps line-height >= 1.4 and starts at the left`, async () => {
      for (const example of widget.examples) {
        const { element } = await renderIn(example, 'centred');
        const text = textElements(element).filter(isBodyText);
        if (widget.tag !== 'mh-quick-exit') expect(text.length, `${example.name}: body text`).to.be.greaterThan(0);
        const cramped: string[] = [];
        const centred: string[] = [];
        for (const node of text) {
          const computed = getComputedStyle(node);
          const ratio = parseFloat(computed.lineHeight) / parseFloat(computed.fontSize);
          if (!(ratio >= 1.4)) cramped.push(`${describe_(node)} (${computed.lineHeight} / ${computed.fontSize})`);
          if (!['start', 'left'].includes(computed.textAlign)) centred.push(`${describe_(node)} (${computed.textAlign})`);
        }
        expect(cramped, `${example.name}: line height`).to.deep.equal([]);
        expect(centred, `${example.name}: text-align`).to.deep.equal([]);
      }
    });
  }
});
