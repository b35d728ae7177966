import type { WidgetExample } from '../src/examples.js';

/** A Storybook story rendering one example's markup, with its description as the story's docs. */
export function storyFrom(examples: readonly WidgetExample[], name: string) {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named "${name}"`);
  return {
    name: example.name,
    render: () => {
      const template = document.createElement('template');
      template.innerHTML = example.markup;
      const fragment = template.content;
      const element = fragment.firstElementChild as HTMLElement | null;
      if (element && example.setup) void example.setup(element);
      return fragment;
    },
    parameters: { docs: { description: { story: example.description } } },
  };
}
