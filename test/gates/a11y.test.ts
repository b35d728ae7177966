/**
 * Release gate: accessibility. axe on every example state of every widget in nb, nn and en (the
 * one place an example is axed; widget tests axe the states they reach by interaction); a
 * keyboard journey through each widget; reflow at 320 px; forced colours; reduced motion.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { WIDGETS as REGISTERED } from '../../src/widgets.js';
import { deepActiveElement, deepElements, describe_, emulateReducedMotion, expectedTabStops, first, isChromium, isRendered, renderGateExample, settled } from '../helpers/index.js';
import { WIDGETS } from './widgets.js';

const LANGS = ['nb', 'nn', 'en'] as const;

/** Tabs from a button placed before the widget until focus leaves it; returns every stop. */
async function tabThrough(element: HTMLElement, limit: number): Promise<{ stops: Element[]; invisible: string[] }> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  element.before(before);
  element.after(after);
  before.focus();
  const stops: Element[] = [];
  const invisible: string[] = [];
  try {
    for (let step = 0; step < limit; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active || active === after || !element.contains((active.getRootNode() as ShadowRoot).host ?? active) && !deepElements(element).includes(active)) break;
      stops.push(active);
      const style = getComputedStyle(active);
      const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      if (!outlineVisible || !active.matches(':focus-visible')) invisible.push(`${describe_(active)} (outline ${style.outlineStyle} ${style.outlineWidth})`);
    }
  } finally {
    before.remove();
    after.remove();
  }
  return { stops, invisible };
}

/** Clicks the first summary, checkbox or radio in the widget, as a user would. */
async function interact(element: HTMLElement): Promise<void> {
  const all = deepElements(element);
  const target = all.find((node) => node.localName === 'summary' && isRendered(node))
    ?? all.find((node) => node.matches('input[type="checkbox"], input[type="radio"]') && isRendered(node));
  (target as HTMLElement | undefined)?.click();
  await settled(element);
}

describe('gate: accessibility', () => {
  it('covers every widget of the registry, each defined by the entry', () => {
    expect(WIDGETS.map((widget) => widget.tag)).to.deep.equal(REGISTERED.map((widget) => widget.tag));
    for (const widget of WIDGETS) {
      expect(customElements.get(widget.tag), widget.tag).to.not.equal(undefined);
      expect(widget.examples.length, `${widget.tag} examples`).to.be.greaterThan(0);
    }
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      // One test per example and language, so each is short; this is the only axe run of an
      // example state (the widget tests axe only the states they reach by interaction).
      for (const example of widget.examples) {
        for (const lang of LANGS) {
          it(`axe: ${example.name} (${lang})`, async () => {
            const element = await renderGateExample(example, lang);
            await expect(element).to.be.accessible();
          });
        }
      }

      it('keyboard: Tab reaches every interactive element in DOM order, with a visible focus ring', async () => {
        const element = await renderGateExample(first(widget.examples, `${widget.tag} examples`), 'nb');
        const expected = expectedTabStops(element);
        expect(expected.length, 'interactive elements').to.be.greaterThan(0);
        const { stops, invisible } = await tabThrough(element, expected.length + 5);
        expect(stops.map(describe_)).to.deep.equal(expected.map(describe_));
        expect(stops).to.deep.equal(expected);
        expect(invisible, 'focused without a visible outline').to.deep.equal([]);
      });
    });
  }

  describe('reflow at 320 px', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const widget of WIDGETS) {
      it(`<${widget.tag}>: no example overflows horizontally`, async () => {
        expect(window.innerWidth).to.equal(320);
        for (const example of widget.examples) {
          const element = await renderGateExample(example, 'nb');
          const label = `${example.name}`;
          expect(element.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(element.clientWidth);
          const wide = deepElements(element)
            .filter((node) => isRendered(node) && node.getBoundingClientRect().right > 320.5)
            .map((node) => `${describe_(node)} right=${Math.round(node.getBoundingClientRect().right)}`);
          expect(wide, `${label}: elements wider than the viewport`).to.deep.equal([]);
          expect(document.documentElement.scrollWidth, `${label}: page scrollWidth`).to.be.at.most(320);
        }
      });
    }
  });

  describe('forced colours and reduced motion', () => {
    afterEach(async () => {
      await emulateReducedMotion(false);
      await emulateForcedColors('none');
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours reset').to.equal(false);
    });

    for (const widget of WIDGETS) {
      it(`<${widget.tag}>: in forced colours, controls have borders and focus stays visible`, async () => {
        // Chromium: real emulation over CDP (plugin in web-test-runner.config.js). Firefox (WebDriver
        // BiDi) has no way to emulate it, so there only, the widgets' own
        // `@media (forced-colors: active)` rules are applied by hand.
        const emulated = await emulateForcedColors('active');
        if (isChromium) expect(emulated, 'forced-colors emulated in Chromium').to.equal(true);
        expect(matchMedia('(forced-colors: active)').matches, '(forced-colors: active) matches').to.equal(emulated);
        const element = await renderGateExample(first(widget.examples, `${widget.tag} examples`), 'nb');
        if (!emulated) applyForcedColorsRules(element);
        const controls = deepElements(element).filter(
          (node) => isRendered(node) && node.matches('button, summary, input[type="search"], input[type="text"], select, textarea'),
        );
        const borderless = controls
          .filter((node) => {
            const style = getComputedStyle(node);
            const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
            const bordered = sides.some((side) => style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) > 0);
            // A summary is text with a disclosure marker, not a box; it needs an underline or border only if restyled as a button.
            return !bordered && node.localName !== 'summary';
          })
          .map(describe_);
        expect(borderless, 'controls without a border in forced colours').to.deep.equal([]);
        const firstStop = first(expectedTabStops(element), 'tab stop') as HTMLElement;
        const before = document.createElement('button');
        element.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        before.remove();
        expect(deepActiveElement()).to.equal(firstStop);
        const style = getComputedStyle(firstStop);
        expect(style.outlineStyle, `${describe_(firstStop)} outline`).to.not.equal('none');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      });

      it(`<${widget.tag}>: with reduced motion, nothing animates after an interaction`, async () => {
        if (await emulateReducedMotion(true)) expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        for (const example of widget.examples) {
          const element = await renderGateExample(example, 'nb');
          await interact(element);
          const running = [element, ...deepElements(element)].flatMap((node) => node.getAnimations());
          expect(running.map((animation) => String((animation as CSSTransition).transitionProperty ?? (animation as CSSAnimation).animationName)), example.name).to.deep.equal([]);
          if (isChromium) {
            const moving = deepElements(element)
              .filter((node) => {
                const style = getComputedStyle(node);
                return style.animationName !== 'none' || style.transitionDuration.split(',').some((value) => parseFloat(value) > 0);
              })
              .map(describe_);
            expect(moving, `${example.name}: animated or transitioned elements`).to.deep.equal([]);
          }
        }
      });
    }
  });
});

/** Asks the server to emulate forced colours; false where the browser cannot (Firefox). */
function emulateForcedColors(value: 'active' | 'none'): Promise<boolean> {
  return executeServerCommand<boolean, { value: string }>('mh-emulate-forced-colors', { value });
}

/** Firefox only: copies the rules inside every `@media (forced-colors: active)` of the shadow roots into unconditional sheets. */
function applyForcedColorsRules(element: HTMLElement): void {
  for (const host of [element, ...deepElements(element)]) {
    const root = host.shadowRoot;
    if (!root) continue;
    const rules: string[] = [];
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
          for (const inner of rule.cssRules) rules.push(inner.cssText);
        }
      }
    }
    if (!rules.length) continue;
    const forced = new CSSStyleSheet();
    forced.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
  }
}
