// Prints raw / gzip / brotli sizes of the one-script bundle and of what one widget loads alone
// (its module plus every chunk it imports), and fails when a budget is exceeded.
// `--table` prints without failing (used by the bench); `--json` prints machine-readable rows;
// `--lazy` also lists the chunks loaded on first use (nn, en, checkers for host data).
// `--ceilings` checks instead that no output grew (by more than 100 B) past the size recorded in
// scripts/size-ceilings.json (CI enforces this while the budgets are not met; see docs/size.md);
// `--update-ceilings` records the current sizes there (do it when a change makes outputs smaller).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { CONTENT_FLOOR_DIR } from './content-floor.js';

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

/** All of content/nb, for the record: what the one-script bundle must carry at most. */
function wholeContent() {
  const dir = 'content/nb';
  const joined = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8'))))
    .join('');
  return sizes(Buffer.from(joined));
}

/**
 * The nb content an output carries: the content modules of each of its files, as the build
 * recorded them (rollup.config.js, contentFloorReport). Its brotli size plus Lit is the output's
 * floor: what it would weigh with no code of ours at all.
 */
const carried = Object.assign(
  {},
  ...['bundle', 'components'].map((name) => {
    const file = join(CONTENT_FLOOR_DIR, `content-${name}.json`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  }),
);
function contentFloor(files) {
  const missing = files.filter((file) => !(file in carried));
  if (missing.length) {
    console.error(`No content record for ${missing.join(', ')}: run \`npm run build\` again.`);
    process.exit(1);
  }
  return sizes(Buffer.from(files.map((file) => carried[file]).join('\n'))).brotli;
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

const lit = await litFloor();
const rows = [];
const bundleFile = 'menneskehandel-widgets.js';
rows.push({
  name: `${bundleFile} (all widgets, nb content)`,
  ...sizes(readFileSync(join('dist', bundleFile))),
  budget: BUDGETS.bundle,
  content: contentFloor([bundleFile]),
  files: [bundleFile],
});
const componentDir = 'dist/components';
for (const name of readdirSync(componentDir).filter((file) => file.endsWith('.js')).sort()) {
  const files = [...closure(join(componentDir, name))].map((file) => relative('dist', file));
  const buffer = Buffer.concat(files.map((file) => readFileSync(join('dist', file))));
  // <mh-guide> composes all nine widgets, so alone it loads what the bundle loads: the bundle's
  // budget is the one that can apply to it (its content alone is over 15 KB).
  const budget = name === 'guide.js' ? BUDGETS.bundle : BUDGETS.widget;
  rows.push({ name: `components/${name} + ${files.length - 1} chunk(s)`, ...sizes(buffer), budget, content: contentFloor(files), files });
}
for (const row of rows) {
  row.floor = lit.brotli + row.content;
  row.overhead = row.brotli / row.floor;
}

const content = wholeContent();
const { floor, overhead } = rows[0];

if (args.has('--json')) {
  console.log(JSON.stringify({ rows, lit, content, floor, overhead }, null, 2));
} else {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'output'.padEnd(52)} ${pad('raw', 8)} ${pad('gzip', 7)} ${pad('brotli', 7)} ${pad('budget', 7)} ${pad('floor', 7)} ${pad('overhead', 8)}`);
  for (const row of rows) {
    const mark = row.brotli > row.budget ? '  OVER BUDGET' : '';
    console.log(
      `${row.name.padEnd(52)} ${pad(row.raw, 8)} ${pad(row.gzip, 7)} ${pad(row.brotli, 7)} ${pad(row.budget, 7)} ${pad(row.floor, 7)} ${pad(`${row.overhead.toFixed(2)}×`, 8)}${mark}`,
    );
  }
  console.log(`\nfloor: Lit (${lit.brotli} B brotli) plus the nb content the output carries; overhead: brotli / floor.`);
  console.log(`Bundle: Lit ${lit.brotli} B + nb content ${rows[0].content} B = ${floor} B; overhead ${overhead.toFixed(2)}× (goal ≤ 1.25×).`);
  console.log(`All of content/nb is ${content.brotli} B brotli as JSON; <mh-guide> is judged by the bundle budget (it composes every widget).`);
}

if (args.has('--lazy')) {
  // What loads on first use, for the record; not counted in the budgets.
  for (const file of existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).sort() : []) {
    const size = sizes(readFileSync(join('dist/chunks', file)));
    console.log(`lazy: dist/chunks/${file}`.padEnd(60), String(size.raw).padStart(9), String(size.gzip).padStart(8), String(size.brotli).padStart(8));
  }
}

const CEILINGS_FILE = 'scripts/size-ceilings.json';
if (args.has('--update-ceilings')) {
  const ceilings = Object.fromEntries(rows.map((row) => [row.files[0], row.brotli]));
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(ceilings, null, 2)}\n`);
  console.log(`\nRecorded the current brotli sizes in ${CEILINGS_FILE}.`);
}
if (args.has('--ceilings')) {
  const ceilings = JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
  // 100 B of slack: another Node/zlib on the CI machine may compress a few bytes differently.
  const SLACK = 100;
  const grown = rows.filter((row) => !(row.files[0] in ceilings) || row.brotli > ceilings[row.files[0]] + SLACK);
  if (grown.length) {
    console.error(
      `\nGrew past ${CEILINGS_FILE} (brotli): ${grown.map((row) => `${row.files[0]} ${row.brotli} > ${ceilings[row.files[0]] ?? 'no entry'}`).join('; ')}`,
    );
    process.exit(1);
  }
  console.log(`\nNo output grew past ${CEILINGS_FILE}.`);
  process.exit(0);
}

if (lazyProblems.length) {
  console.error(`\n${lazyProblems.join('\n')}`);
  process.exit(1);
}

const over = rows.filter((row) => row.brotli > row.budget);
if (over.length && !args.has('--table') && !args.has('--json') && !args.has('--update-ceilings')) {
  console.error(`\nOver budget (brotli): ${over.map((row) => `${row.name} ${row.brotli} > ${row.budget}`).join('; ')}`);
  process.exit(1);
}
