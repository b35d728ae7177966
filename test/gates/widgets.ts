/**
 * Every widget and its named states, for the release gates. A widget missing here is caught by
 * the registry (src/widgets.json) via example-registry.ts; a11y.test.ts checks the entry defines each.
 */
import '../../index.js';
import type { WidgetExample } from '../../src/examples.js';
import { EXAMPLE_REGISTRY } from './example-registry.js';
import { fixture } from '@open-wc/testing';

export interface GateWidget {
  tag: string;
  examples: WidgetExample[];
}

/** The same table as the gates on the built bundle use (example-registry.ts), with the sources defined. */
export const WIDGETS: GateWidget[] = EXAMPLE_REGISTRY;

export const isChromium = navigator.userAgent.includes('Chrome/');

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every element of the composed tree under `root`: light children and (open) shadow roots, in order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    if (root.shadowRoot) visit(root.shadowRoot);
  } else visit(root);
  return out;
}

/** Waits until the element and every widget nested in its shadow tree have rendered. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const widgets = [element, ...deepElements(element)].filter((node) => node.localName.startsWith('mh-')) as Updatable[];
    // nn/en load on first use (localeReady, where the base element has it); then the widget re-renders.
    await Promise.all(widgets.map((node) => (node as Updatable & { localeReady?: Promise<unknown> }).localeReady ?? node.updateComplete));
  }
}

/** Quick exits in `root` (and nested in shadow roots) that must not leave the test page. */
export function stubQuickExits(root: Element): string[] {
  const navigations: string[] = [];
  for (const node of [root, ...deepElements(root)]) {
    if (node.localName === 'mh-quick-exit') (node as HTMLElement & { navigate: (href: string) => void }).navigate = (href) => navigations.push(href);
  }
  return navigations;
}

/**
 * Renders an example inside a wrapper (optionally with `lang`), stubs every quick exit's
 * navigation and waits for nested widgets. Console warnings of bad-input examples are silenced.
 */
export async function renderGateExample(example: WidgetExample, lang?: string): Promise<HTMLElement> {
  const original = console.warn;
  console.warn = () => {};
  try {
    const wrapper = await fixture<HTMLDivElement>(`<div${lang ? ` lang="${lang}"` : ''}>${example.markup}</div>`);
    const element = wrapper.firstElementChild as HTMLElement;
    stubQuickExits(element);
    if (example.setup) await example.setup(element);
    await settled(element);
    stubQuickExits(element);
    return element;
  } finally {
    console.warn = original;
  }
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` takes part in layout (not display:none, not inside a closed <details>). */
export function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  // Chromium gives boxes to the hidden content of a closed <details>; it is not rendered.
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const parent: Element | null = node.parentElement;
    if (parent?.localName === 'details' && !(parent as HTMLDetailsElement).open && parent.querySelector(':scope > summary') !== node) return false;
  }
  return getComputedStyle(element).visibility !== 'hidden';
}

/**
 * The elements sequential Tab navigation should reach, in DOM order: links, buttons, form fields,
 * summaries, tabindex >= 0; one stop per radio group (the checked radio, else the first).
 */
export function expectedTabStops(root: Element): Element[] {
  const stops: Element[] = [];
  const radioGroups = new Map<Node, Set<string>>();
  for (const node of deepElements(root)) {
    if (!isRendered(node) || (node as HTMLElement).closest?.('[inert]')) continue;
    const tabindex = node.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) < 0) continue;
    const tag = node.localName;
    let focusable = tabindex !== null;
    if (tag === 'a') focusable ||= node.hasAttribute('href');
    else if (tag === 'button' || tag === 'select' || tag === 'textarea') focusable ||= !(node as HTMLButtonElement).disabled;
    else if (tag === 'input') {
      const input = node as HTMLInputElement;
      if (input.type === 'hidden' || input.disabled) continue;
      if (input.type === 'radio' && input.name) {
        const scope = input.getRootNode() as ShadowRoot | Document;
        const seen = radioGroups.get(scope) ?? new Set<string>();
        radioGroups.set(scope, seen);
        if (seen.has(input.name)) continue;
        const group = [...scope.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"]`)].filter((radio) => isRendered(radio));
        const target = group.find((radio) => radio.checked) ?? group[0];
        seen.add(input.name);
        stops.push(target);
        continue;
      }
      focusable = true;
    } else if (tag === 'summary') focusable ||= node.parentElement?.localName === 'details' && node.parentElement.querySelector(':scope > summary') === node;
    if (focusable) stops.push(node);
  }
  return stops;
}

/** A short readable name for an element in failure messages. */
export function describe_(element: Element | null): string {
  if (!element) return 'null';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `${host} ${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} "${text}"`;
}
