// Prints raw / gzip / brotli sizes of the one-script bundle and of what one widget loads alone
// (its module plus every chunk it imports), and fails when a budget is exceeded.
// `--table` prints without failing (used by the bench); `--json` prints machine-readable rows;
// `--lazy` also lists the chunks loaded on first use (nn, en, checkers for host data).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1000;
export const BUDGETS = { bundle: 40 * KB, widget: 15 * KB };
const args = new Set(process.argv.slice(2));

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The file and every module it imports statically, relative to dist/. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

/** Lit alone, minified the same way: the floor every bundle pays. */
async function litFloor() {
  const bundle = await rollup({
    input: 'lit-floor',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'lit-floor' ? id : null), load: (id) => (id === 'lit-floor' ? "export * from 'lit'; export * from 'lit/decorators.js';" : null) },
      nodeResolve({ exportConditions: ['production'], browser: true }),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  return sizes(Buffer.from(output[0].code));
}

function contentFloor() {
  const dir = 'content/nb';
  const joined = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8'))))
    .join('');
  return sizes(Buffer.from(joined));
}

if (!existsSync('dist/menneskehandel-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Chunks loaded on first use (nn, en, the checkers) must not import the entry script: loaded as
// menneskehandel-widgets.js?ver=3 it would then run twice. See rollup.config.js.
const lazyProblems = existsSync('dist/chunks')
  ? readdirSync('dist/chunks')
      .filter((file) => file.endsWith('.js') && /menneskehandel-widgets\.js/.test(readFileSync(join('dist/chunks', file), 'utf8')))
      .map((file) => `dist/chunks/${file} imports the entry script`)
  : [];

const rows = [];
rows.push({ name: 'menneskehandel-widgets.js (all widgets, nb content)', ...sizes(readFileSync('dist/menneskehandel-widgets.js')), budget: BUDGETS.bundle });
const componentDir = 'dist/components';
for (const name of readdirSync(componentDir).filter((file) => file.endsWith('.js')).sort()) {
  const files = [...closure(join(componentDir, name))];
  const buffer = Buffer.concat(files.map((file) => readFileSync(file)));
  rows.push({ name: `components/${name} + ${files.length - 1} chunk(s)`, ...sizes(buffer), budget: BUDGETS.widget, files: files.map((f) => relative('dist', f)) });
}

const lit = await litFloor();
const content = contentFloor();
const floor = lit.brotli + content.brotli;
const overhead = rows[0].brotli / floor;

if (args.has('--json')) {
  console.log(JSON.stringify({ rows, lit, content, floor, overhead }, null, 2));
} else {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'output'.padEnd(60)} ${pad('raw', 9)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 8)}`);
  for (const row of rows) {
    const mark = row.brotli > row.budget ? '  OVER BUDGET' : '';
    console.log(`${row.name.padEnd(60)} ${pad(row.raw, 9)} ${pad(row.gzip, 8)} ${pad(row.brotli, 8)} ${pad(row.budget, 8)}${mark}`);
  }
  console.log(`\nFloor: Lit ${lit.brotli} B + nb content ${content.brotli} B brotli = ${floor} B; bundle overhead ${overhead.toFixed(2)}× (goal ≤ 1.25×).`);
}

if (args.has('--lazy')) {
  // What loads on first use, for the record; not counted in the budgets.
  for (const file of existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).sort() : []) {
    const size = sizes(readFileSync(join('dist/chunks', file)));
    console.log(`lazy: dist/chunks/${file}`.padEnd(60), String(size.raw).padStart(9), String(size.gzip).padStart(8), String(size.brotli).padStart(8));
  }
}

if (lazyProblems.length) {
  console.error(`\n${lazyProblems.join('\n')}`);
  process.exit(1);
}

const over = rows.filter((row) => row.brotli > row.budget);
if (over.length && !args.has('--table') && !args.has('--json')) {
  console.error(`\nOver budget (brotli): ${over.map((row) => `${row.name} ${row.brotli} > ${row.budget}`).join('; ')}`);
  process.exit(1);
}
