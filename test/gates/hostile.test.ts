/**
 * Release gate: hostile hosts, beyond test/integration/pages.test.ts. A page without `lang` gets
 * bokmål; a theme's `!important` rules on *, button, input, a and ul must not make a widget
 * unreadable or its controls unusable.
 */
import { expect } from '@open-wc/testing';
import { deepElements, describe_, first, isRendered, renderGateExample } from '../helpers/index.js';
import { WIDGETS } from './widgets.js';

const HOSTILE = `
  * { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important; border: 0 !important; outline: none !important; line-height: 1 !important; }
  button, input, a, ul, li, summary, label { display: inline !important; font-size: 8px !important; color: #ff00ff !important; background: #000 !important;
    width: 0 !important; height: 0 !important; opacity: 0 !important; visibility: hidden !important; appearance: none !important; }
  a { text-decoration: none !important; }
  body { color: #222; background: #fff; }
`;

type Rgb = [number, number, number];

function luminance(rgb: Rgb): number {
  const linear = (value: number) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);

/** The red, green and blue of a computed colour, or a thrown error naming it. */
function rgbOf(color: string): Rgb {
  const [r, g, b] = parse(color);
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not an rgb() colour: ${color}`);
  return [r, g, b];
}

/** The first opaque background behind `element`, crossing shadow roots; white at the top. */
function backgroundOf(element: Element): Rgb {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
    if (r !== undefined && g !== undefined && b !== undefined && a > 0.5) return [r, g, b];
  }
  return [255, 255, 255];
}

function contrast(element: Element): number {
  const foreground = luminance(rgbOf(getComputedStyle(element).color));
  const background = luminance(backgroundOf(element));
  return (Math.max(foreground, background) + 0.05) / (Math.min(foreground, background) + 0.05);
}

describe('gate: hostile hosts', () => {
  describe('a page without lang', () => {
    let saved: string | null;
    before(() => {
      saved = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
    });
    after(() => {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    });

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> speaks bokmål`, async () => {
        const element = await renderGateExample({ ...first(widget.examples), markup: first(widget.examples).markup.replace(/ lang="[^"]*"/, '') });
        const text = deepElements(element).map((node) => node.shadowRoot ? '' : [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent).join('')).join(' ');
        // The guide's title is bokmål in every language the widgets render; nn/en UI would say
        // "Kjelde"/"Source" in the footer, and quick exit "Forlat siden raskt" in nb.
        if (widget.tag === 'mh-quick-exit') expect(text).to.include('Forlat siden');
        else expect(text).to.match(/\bKilde\b/);
        expect(text).to.not.match(/\b(Kjelde|Source)\b/);
      });
    }
  });

  describe("a theme's !important rules on *, button, input, a, ul", () => {
    let style: HTMLStyleElement;
    before(() => {
      style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
    });
    after(() => style.remove());

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> stays readable and usable`, async () => {
        for (const example of widget.examples) {
          const element = await renderGateExample(example, 'nb');
          const all = deepElements(element).filter((node) => isRendered(node));
          const controls = all.filter((node) => node.matches('button, input:not([type="hidden"]), summary, a[href]'));
          const broken = controls
            .filter((node) => {
              const css = getComputedStyle(node);
              const box = node.getBoundingClientRect();
              return css.opacity === '0' || css.visibility === 'hidden' || box.width < 1 || box.height < 1 || parseFloat(css.fontSize) < 10;
            })
            .map(describe_);
          expect(broken, `${example.name}: hidden, collapsed or tiny controls`).to.deep.equal([]);
          for (const box of all.filter((node): node is HTMLInputElement => node.matches('input[type="checkbox"], input[type="radio"]'))) {
            const own = box.getBoundingClientRect();
            const label = box.closest('label') ?? (box.id ? (box.getRootNode() as ShadowRoot).querySelector(`label[for="${box.id}"]`) : null);
            const hit = label ? label.getBoundingClientRect() : own;
            expect(own.width * own.height, `${example.name}: ${describe_(box)} is drawn`).to.be.greaterThan(0);
            expect(Math.min(Math.max(hit.width, own.width), Math.max(hit.height, own.height)), `${example.name}: ${describe_(box)} hit area`).to.be.at.least(16);
          }
          const text = all.filter((node) => node.matches('p, li, a, button, label, summary, h2, h3, h4, h5, h6, legend, dt, dd') && (node.textContent ?? '').trim());
          const faint = text.filter((node) => contrast(node) < 4.5).map((node) => `${describe_(node)} ${contrast(node).toFixed(2)}`);
          expect(faint, `${example.name}: text below 4.5:1`).to.deep.equal([]);
        }
      });
    }
  });
});
