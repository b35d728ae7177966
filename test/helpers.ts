import { fixture } from '@open-wc/testing';
import type { WidgetExample } from '../src/examples.js';

/** Renders an example's markup as a fixture and runs its set-up; returns the widget element. */
export async function renderExample<T extends HTMLElement>(example: WidgetExample): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(`<div>${example.markup}</div>`);
  const element = wrapper.firstElementChild as T;
  if (example.setup) await example.setup(element);
  if ('updateComplete' in element) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Captures console.warn calls while `run` executes. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}
