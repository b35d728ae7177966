// What the render benchmark measures: one state per registered widget (src/widgets.json), so a
// new widget is measured without a line here. Each widget's examples.ts may export
// `bench: { example, copies }` (src/examples.ts `WidgetBench`) naming the example to render;
// without it, its first example, once. `copies`: small widgets render in about a millisecond,
// near the browser's 0.1 ms timer step, so several copies are rendered (and inserted as static
// HTML) at once. `define` is the module that registers the tag when the benchmark runs from
// source (no bundle built yet). Runs in the page: the dev server of bench/run.js compiles the
// TypeScript modules imported here.
import { WIDGETS } from '../src/widgets.ts';

async function benchCase({ name }) {
  const { examples, bench = {} } = await import(`../components/${name}/examples.ts`);
  const example = bench.example === undefined ? examples[0] : examples.find((candidate) => candidate.name === bench.example);
  if (!example) throw new Error(`components/${name}/examples.ts: ${bench.example === undefined ? 'no example' : `no example named "${bench.example}" (its bench export)`}`);
  const copies = bench.copies ?? 1;
  return {
    name: `${name} (${example.name})${copies > 1 ? ` ×${copies}` : ''}`,
    markup: example.markup,
    copies,
    define: `/components/${name}/define.ts`,
  };
}

/** Every case, in registry order (a function: the page's build target has no top-level await). */
export function benchCases() {
  return Promise.all(WIDGETS.map(benchCase));
}
