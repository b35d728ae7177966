/**
 * Rendering examples (src/examples.ts) as fixtures. Defines no element itself: a test imports the
 * define modules it needs (the gates import src/index.js through test/gates/widgets.ts).
 */
import { fixture } from '@open-wc/testing';
import type { WidgetExample } from '../../src/examples.js';
import { deepElements } from './dom.js';

type Updatable = HTMLElement & { updateComplete?: Promise<unknown>; localeReady?: Promise<unknown> };

/** Renders an example's markup as a fixture and runs its set-up; returns the widget element. */
export async function renderExample<T extends HTMLElement>(example: WidgetExample): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(`<div>${example.markup}</div>`);
  const element = wrapper.firstElementChild as T | null;
  if (!element) throw new Error(`example "${example.name}" rendered no element`);
  if (example.setup) await example.setup(element);
  if ('updateComplete' in element) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Waits until the element and every widget nested in its shadow tree have rendered. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const widgets = [element, ...deepElements(element)].filter((node) => node.localName.startsWith('mh-')) as Updatable[];
    // nn/en load on first use (localeReady, where the base element has it); then the widget re-renders.
    await Promise.all(widgets.map((node) => node.localeReady ?? node.updateComplete));
  }
}

/** Quick exits in `root` (and nested in shadow roots) that must not leave the test page. */
export function stubQuickExits(start: Element): string[] {
  const navigations: string[] = [];
  for (const node of [start, ...deepElements(start)]) {
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
    const element = wrapper.firstElementChild as HTMLElement | null;
    if (!element) throw new Error(`example "${example.name}" rendered no element`);
    stubQuickExits(element);
    if (example.setup) await example.setup(element);
    await settled(element);
    stubQuickExits(element);
    return element;
  } finally {
    console.warn = original;
  }
}
