/**
 * Every widget's named states, without defining any element: for gates that load the built
 * bundle (dist/) instead of the sources; test/gates/widgets.ts re-exports it for the gates that
 * run on the sources (after defining them). Read from the registry (src/widgets.json), so a new
 * widget is covered by every gate without a line here.
 */
import type { WidgetExample } from '../../src/examples.js';
import { WIDGETS as REGISTERED } from '../../src/widgets.js';

/** `../../components/<name>/examples.ts` (the path is built, so the dev server is asked for the .ts file). */
async function examplesOf(name: string): Promise<WidgetExample[]> {
  const module = (await import(`../../components/${name}/examples.ts`)) as { examples: WidgetExample[] };
  return module.examples;
}

export const EXAMPLE_REGISTRY: { tag: string; name: string; examples: WidgetExample[] }[] = await Promise.all(
  REGISTERED.map(async ({ name, tag }) => ({ tag, name, examples: await examplesOf(name) })),
);
