import type { WidgetExample } from '../src/examples.js';
import manifestJson from '../custom-elements.json';
import { manifestElement, type Manifest, type ManifestAttribute } from './manifest.js';

const manifest = manifestJson as unknown as Manifest;

/** How a designer edits one attribute in the Controls panel. */
export type AttributeControl =
  | { kind: 'boolean' }
  | { kind: 'one-of'; options: string[] }
  /** A space-separated list attribute (`forms="prostitution forced-labour"`). */
  | { kind: 'list'; options: string[] }
  | { kind: 'text' };

const VALUE = /^[a-z0-9][a-z0-9-]*$/;
const unquote = (text: string | undefined) => text?.trim().replace(/^(['"])(.*)\1$/, '$2');

/** `2–6` (en dash or hyphen) in a description: the whole numbers from 2 to 6. */
function numberRange(description: string): string[] {
  const match = /\b(\d)\s*[–-]\s*(\d)\b/.exec(description);
  if (!match) return [];
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from < to ? Array.from({ length: to - from + 1 }, (_, index) => String(from + index)) : [];
}

/**
 * The allowed values of an attribute, from the manifest: a union type (`'adult' | 'minor'`) where
 * the widget declares one, else the values its description lists (`adult` or `minor`; "public,
 * public-task, ngo or private"; (nb, nn, en); "yes", "no"; 2–6). Descriptions that only give
 * examples ("e.g. `rosa`") are free text.
 */
export function allowedValues(attribute: ManifestAttribute): string[] {
  const literals = (attribute.type?.text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'null' && part !== 'undefined');
  if (literals.length > 0 && literals.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return literals.map((part) => part.slice(1, -1));
  const description = (attribute.description ?? '').replace(/\s+/g, ' ');
  if (/\be\.g\./.test(description)) return [];
  const plainList = /[:(]\s*((?:[a-z][a-z0-9-]*,\s+)+[a-z][a-z0-9-]*(?:,?\s+or\s+[a-z][a-z0-9-]*)?)\s*[.)]/.exec(description);
  if (plainList?.[1]) return plainList[1].split(/,\s*|\s+or\s+/).filter((value) => VALUE.test(value));
  const quoted = [...description.matchAll(/"([^"]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : [])).filter((value) => VALUE.test(value));
  if (quoted.length > 1) return [...new Set(quoted)];
  const ticked = [...description.matchAll(/`([^`]+)`/g)].flatMap((match) => {
    const values = (match[1] ?? '').split(/\s+/);
    return values.every((value) => VALUE.test(value)) ? values : [];
  });
  if (ticked.length > 0) return [...new Set(ticked)];
  return numberRange(description);
}

/** The control for one manifest attribute. */
export function controlFor(attribute: ManifestAttribute): AttributeControl {
  if ((attribute.type?.text ?? '').trim() === 'boolean') return { kind: 'boolean' };
  const options = allowedValues(attribute);
  if (options.length === 0) return { kind: 'text' };
  return /space-separated/i.test(attribute.description ?? '') ? { kind: 'list', options } : { kind: 'one-of', options };
}

/** Storybook argTypes for every attribute of `tag` in the manifest; property rows get no control. */
export function argTypesFor(tag: string, source: Manifest = manifest): Record<string, unknown> {
  const element = manifestElement(source, tag);
  if (!element) throw new Error(`${tag} is not in custom-elements.json: run npm run analyze`);
  const argTypes: Record<string, unknown> = {};
  for (const member of (element as { members?: { kind: string; name: string }[] }).members ?? []) {
    if (member.kind === 'field') argTypes[member.name] = { control: false };
  }
  for (const attribute of element.attributes ?? []) {
    const control = controlFor(attribute);
    const defaultValue = unquote(attribute.default);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      table: {
        category: 'attributes',
        type: { summary: control.kind === 'text' || control.kind === 'boolean' ? attribute.type?.text : control.options.map((option) => `'${option}'`).join(' | ') },
        defaultValue: { summary: defaultValue === '' || defaultValue === 'null' || defaultValue === undefined ? 'not set' : defaultValue },
      },
      control:
        control.kind === 'boolean' ? { type: 'boolean' }
        : control.kind === 'list' ? { type: 'inline-check' }
        : control.kind === 'one-of' ? { type: control.options.length <= 4 ? 'inline-radio' : 'select', labels: { '': '(not set)' } }
        : { type: 'text' },
      ...(control.kind === 'list' ? { options: control.options } : {}),
      // An attribute without a default can be unset again: '' removes it (see renderExample).
      ...(control.kind === 'one-of' ? { options: defaultValue ? control.options : ['', ...control.options] } : {}),
    };
  }
  return argTypes;
}

/** The element of `tag` in an example's markup (the root, or the first one inside it). */
function widgetIn(fragment: DocumentFragment, tag: string): HTMLElement | null {
  return fragment.firstElementChild?.localName === tag ? (fragment.firstElementChild as HTMLElement) : fragment.querySelector<HTMLElement>(tag);
}

function parseMarkup(markup: string): DocumentFragment {
  const template = document.createElement('template');
  // Examples are the project's own static markup (src/examples.ts), never host or content strings.
  template.innerHTML = markup;
  return template.content;
}

/** The example's own attribute values, as args (lists as arrays, booleans as true). */
export function argsFromMarkup(markup: string, tag: string, source: Manifest = manifest): Record<string, unknown> {
  const element = widgetIn(parseMarkup(markup), tag);
  const args: Record<string, unknown> = {};
  if (!element) return args;
  for (const attribute of manifestElement(source, tag)?.attributes ?? []) {
    const value = element.getAttribute(attribute.name);
    if (value === null) continue;
    const control = controlFor(attribute);
    args[attribute.name] = control.kind === 'boolean' ? true : control.kind === 'list' ? value.split(/\s+/).filter(Boolean) : value;
  }
  return args;
}

/**
 * The example's markup with `args` applied to its widget: booleans toggle the attribute, lists
 * are joined with spaces, an empty or unset value removes the attribute (the widget's default).
 */
export function renderExample(example: WidgetExample, tag: string, args: Record<string, unknown>, source: Manifest = manifest): DocumentFragment {
  const fragment = parseMarkup(example.markup);
  const element = widgetIn(fragment, tag);
  if (element) {
    for (const attribute of manifestElement(source, tag)?.attributes ?? []) {
      if (!(attribute.name in args)) continue;
      const value = args[attribute.name];
      const text = Array.isArray(value) ? value.join(' ') : typeof value === 'boolean' ? (value ? '' : undefined) : value === undefined || value === null ? undefined : String(value);
      if (text === undefined || (text === '' && typeof value !== 'boolean')) element.removeAttribute(attribute.name);
      else element.setAttribute(attribute.name, text);
    }
    if (example.setup) void example.setup(element);
  }
  return fragment;
}

/** The widget tag an example shows (its first `mh-*` element). */
function tagOf(example: WidgetExample): string {
  const tag = [...parseMarkup(example.markup).querySelectorAll('*')].find((node) => node.localName.startsWith('mh-'))?.localName;
  if (!tag) throw new Error(`Example "${example.name}" has no mh-* element`);
  return tag;
}

/**
 * A Storybook story: one example plus args. The example's attributes are the story's args; the
 * Controls panel (and `&args=audience:minor` in a story URL) changes them live.
 */
export function storyFrom(examples: readonly WidgetExample[], name: string) {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named "${name}"`);
  const tag = tagOf(example);
  return {
    name: example.name,
    args: argsFromMarkup(example.markup, tag),
    argTypes: argTypesFor(tag),
    render: (args: Record<string, unknown>) => renderExample(example, tag, args),
    parameters: { docs: { description: { story: example.description } } },
  };
}
