/**
 * Release gate (issue #21, item 4): every attribute can be removed or set to any string, and every
 * public property to any value, without an uncaught exception and without a blank widget. The
 * attributes and properties come from custom-elements.json (built by `npm run build`/`npm run
 * analyze`; `npm test` builds first), so a new one is covered without editing this file.
 */
import { expect } from '@open-wc/testing';
import { deepElements, first, renderGateExample, settled, stubQuickExits } from '../helpers/index.js';
import { WIDGETS } from './widgets.js';

interface Member {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: Member[];
}

const LONG = 'x'.repeat(10_000);
/** Attribute values: [label, value]; null removes the attribute. */
const ATTRIBUTE_VALUES: [string, string | null][] = [
  ['removed', null],
  ['empty', ''],
  ['removed after a value', null],
  ['10 000 characters', LONG],
  ['constructor', 'constructor'],
  ['__proto__', '__proto__'],
  ['toString', 'toString'],
  ['emoji', '🧨👩🏽‍⚕️'],
  ['"null"', 'null'],
  ['"{}"', '{}'],
  ['"[]"', '[]'],
  ['"42"', '42'],
  ['white space', ' \t\n '],
];
/** Property values: anything a script can assign. */
const PROPERTY_VALUES: [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['{}', () => ({})],
  ['[]', () => []],
  ['42', () => 42],
  ['NaN', () => NaN],
  ['true', () => true],
  ['""', () => ''],
  ['10 000 characters', () => LONG],
  ['"constructor"', () => 'constructor'],
  ['"__proto__"', () => '__proto__'],
  ['emoji', () => '🧨'],
  ['[null, {}, 42]', () => [null, {}, 42]],
  ['Object.create(null)', () => Object.create(null)],
  ['Invalid Date', () => new Date(NaN)],
];

let declarations: Map<string, Declaration>;

/** Uncaught errors and rejections while `run` executes. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(String(event.error ?? event.message));
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const original = console.warn;
  console.warn = () => {};
  try {
    await run();
    // Errors thrown in a later task (a timer, a re-render) too.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } catch (error) {
    errors.push(String(error));
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** The widget still shows something: an element with text or a control, in its shadow root. */
function expectRendered(element: HTMLElement, what: string): void {
  const shown = deepElements(element).filter((node) => node.getClientRects().length > 0);
  const text = shown.map((node) => node.textContent ?? '').join('').trim();
  expect(shown.length, `${what}: elements rendered`).to.be.above(0);
  expect(text.length, `${what}: text rendered`).to.be.above(0);
}

describe('gate: hostile attribute and property values (from custom-elements.json)', () => {
  before(async () => {
    const url = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ url)) as { default: { modules: { declarations?: Declaration[] }[] } }).default;
    declarations = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
  });

  it('the manifest lists every widget, each with attributes', () => {
    expect([...declarations.keys()].sort()).to.deep.equal(WIDGETS.map((widget) => widget.tag).sort());
    for (const declaration of declarations.values()) expect(declaration.attributes?.length, declaration.tagName).to.be.above(0);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: every attribute removed or set to a hostile string`, async () => {
      const attributes = declarations.get(widget.tag)!.attributes!.map((attribute) => attribute.name);
      const failures: string[] = [];
      for (const attribute of attributes) {
        const element = await renderGateExample(first(widget.examples, `${widget.tag} examples`));
        stubQuickExits(element);
        for (const [label, value] of ATTRIBUTE_VALUES) {
          const what = `${attribute} ${label}`;
          const errors = await pageErrors(async () => {
            if (value === null) {
              // Removing only means something when the attribute is there.
              if (!element.hasAttribute(attribute)) {
                element.setAttribute(attribute, '');
                await settled(element);
              }
              element.removeAttribute(attribute);
            } else element.setAttribute(attribute, value);
            await settled(element);
            stubQuickExits(element);
          });
          if (errors.length) failures.push(`${what}: ${errors.join('; ')}`);
          else expectRendered(element, what);
        }
        element.parentElement!.remove();
      }
      expect(failures).to.deep.equal([]);
    });

    it(`<${widget.tag}>: every public property set to any value`, async () => {
      const members = (declarations.get(widget.tag)!.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'private' && member.privacy !== 'protected',
      );
      expect(members.length, 'public properties in the manifest').to.be.above(0);
      const failures: string[] = [];
      for (const member of members) {
        const element = await renderGateExample(first(widget.examples, `${widget.tag} examples`));
        stubQuickExits(element);
        for (const [label, make] of PROPERTY_VALUES) {
          const what = `${member.name} = ${label}`;
          const errors = await pageErrors(async () => {
            (element as unknown as Record<string, unknown>)[member.name] = make();
            await settled(element);
            stubQuickExits(element);
          });
          if (errors.length) failures.push(`${what}: ${errors.join('; ')}`);
          else expectRendered(element, what);
        }
        element.parentElement!.remove();
      }
      expect(failures).to.deep.equal([]);
    });
  }
});
