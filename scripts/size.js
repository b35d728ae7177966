// What a page pays for what it shows (docs/size.md). For each widget, a page holding only that
// widget and the one script tag (cdn/menneskehandel-widgets.js, the loader) is opened in
// Chromium; the files it fetched are read from the browser's network log, and their brotli sizes
// summed: loader + widget module + chunks. The log also gives the number of sequential fetch
// waves after the HTML. Goals (issue #16), each checked here:
//   - the <mh-contact-card> page ≤ 18 KB; every single-widget page ≤ 1.9× its floor;
//   - the whole-guide page (<mh-guide>) ≤ 56 KB;
//   - at most 2 fetch waves after the HTML on every page (the loader, then everything else).
// floor = Lit (minified the same way) + the nb content the fetched files carry (recorded by the
// build, rollup.config.js contentFloorReport): what the page would weigh with no code of ours.
//
// `--table` prints without failing (used by the bench); `--json` prints machine-readable rows;
// `--lazy` also lists the chunks loaded on first use (nn, en, checkers for host data).
// `--ceilings` checks instead that no page or the loader grew (by more than 100 B) past
// scripts/size-ceilings.json; `--update-ceilings` records the current sizes there.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { CONTENT_FLOOR_DIR } from './content-floor.js';
import { findBrowsers, launchOptions } from './browsers.js';
import { WIDGET_NAMES } from './registry.js';

const KB = 1000;
export const GOALS = { contactCard: 18 * KB, overhead: 1.9, guide: 56 * KB, waves: 2 };
const LOADER = 'cdn/menneskehandel-widgets.js';
/**
 * Pages that miss a size goal today, and why (measured; docs/size.md "Decisions"). They are
 * printed as missed but do not fail: the ceilings ratchet (--ceilings) holds them where they
 * are, and the round-trip goal (≤ 2 waves) and "it renders" still fail for every page. The goals
 * of issue #16 were set before issues #14, #15, #17, #18, #19, #20, #21, #22 and #23 added the answer panels, the
 * whole of Del 1 and Del 8, the filters, the per-region footer, the colour schemes, the
 * hardening, and the language controller, framework notices, `lang` marking, hydration detection and
 * contacts-src of 2 December; the choice between raising the goals and cutting those features is the client's.
 * A page that meets its goals again fails until its entry is removed (so none is left behind).
 */
const SHARED = 'the code every widget shares (base element with the per-region footer, text-property guards and the numbers lock, languages, notices, colour-scheme tokens) and the loader: the quick-exit page, which has no content, is Lit 6.1 KB plus 10.3 KB of code, most of it shared';
const PENDING = {
  'contact-card': `its floor grew to 11.8 KB with the whole of Del 8 (issue #15: every contact's full description), so ≤ 18 KB would leave 6.2 KB for all code, loader included; ${SHARED}`,
  'contact-list': `every contact with its whole Del 8 text, plus search, visitor filters and the no-results state (issue #14); ${SHARED}`,
  'conversation-guide': SHARED,
  guide: 'every widget and the whole guide: Del 1 and the full Del 8 text added 3 KB to its floor (issue #15), and the answer panels, folded steps and filters (issue #14) about 7 KB of code',
  'indicator-checklist': `the warning panel, folded categories and summary link (issue #14); ${SHARED}`,
  myths: SHARED,
  'quick-exit': `no content of its own, so its floor is Lit alone; ${SHARED}`,
  'reporting-duty': `the answer panel, short forms and folded steps (issue #14); ${SHARED}`,
  'rights-list': `1.86× before 2 December; +1.2 KB that day from the code every widget shares (a LocalizeController with per-widget string loaders, #20; lang="nb" marking and early properties, #17; prerendered-markup detection, #18); ${SHARED}`,
};
/** Markup for a widget's page where the bare tag would only show a notice; any other widget: `<mh-name>`. */
const MARKUP = { 'contact-card': '<mh-contact-card contact="rosa"></mh-contact-card>' };
/** Added network latency per request, so that one wave's requests visibly overlap and the next start after. */
const LATENCY_MS = 40;
const args = new Set(process.argv.slice(2));

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);

/** Lit alone, minified the same way: the floor every page pays. */
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

/** All of content/nb, for the record: what the guide page must carry at most. */
function wholeContent() {
  const dir = 'content/nb';
  const joined = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8'))))
    .join('');
  return sizes(Buffer.from(joined));
}

// cdn: the per-widget modules; cdn-all: the composite widgets' one-file builds (cdn/all/).
const carriedFiles = ['cdn', 'cdn-all'].map((name) => join(CONTENT_FLOOR_DIR, `content-${name}.json`));
if (!existsSync(LOADER) || !carriedFiles.every((file) => existsSync(file))) {
  console.error('cdn/ or its content record is missing: run `npm run build` first.');
  process.exit(1);
}
/** The nb content each cdn/ file carries, as the build recorded it. */
const carried = Object.assign({}, ...carriedFiles.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
const contentOf = (files) => sizes(Buffer.from(files.map((file) => carried[file] ?? '').join('\n'))).brotli;

const problems = [];
// The loader must import nothing statically (every static import is one more wave, and a copy
// loaded as menneskehandel-widgets.js?ver=3 would run its own copy of what it imports).
const loaderCode = readFileSync(LOADER, 'utf8');
if (/(?:^|[;}\s])import\s*[\w{*"']|\bfrom\s*["']/.test(loaderCode)) problems.push(`${LOADER} has a static import`);
// Chunks loaded on first use (nn, en, the checkers) must not import the loader.
for (const dir of ['cdn/c', 'cdn/components', 'cdn/all', 'cdn/all/c']) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    if (/menneskehandel-widgets\.js/.test(readFileSync(join(dir, file), 'utf8'))) problems.push(`${dir}/${file} imports the loader`);
  }
}

// The registry's widgets (src/widgets.json), each of which the cdn build writes to cdn/components/.
const widgets = [...WIDGET_NAMES].sort();
for (const widget of widgets) if (!existsSync(`cdn/components/${widget}.js`)) problems.push(`cdn/components/${widget}.js was not built`);

/** Serves the repository root, and /__size/<widget>.html: the widget's tag and the one script tag. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const page = /^\/__size\/([\w-]+)\.html$/.exec(path);
    if (page) {
      const markup = MARKUP[page[1]] ?? `<mh-${page[1]}></mh-${page[1]}>`;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${page[1]}</title><script type="module" src="/${LOADER}"></script></head><body>${markup}</body></html>`);
      return;
    }
    const file = normalize(join('.', path));
    if (!file.startsWith('cdn/') || !existsSync(file)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens the page in Chromium with the cache off and a fixed latency, and reads from the network
 * log the cdn/ files it fetched and their waves: the HTML is wave 0, and a request is in wave
 * 1 + the highest wave of any request that had finished before it started (it can depend only on
 * those). A request that waits for another's response therefore counts as a wave of its own.
 */
async function measurePage(browser, origin, widget) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, start: event.timestamp }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.end = event.timestamp;
  });
  await page.goto(`${origin}/__size/${widget}.html`, { waitUntil: 'networkidle0' });
  const rendered = await page.evaluate(
    (tag) => Boolean(customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.textContent?.trim()),
    `mh-${widget}`,
  );
  await page.close();
  const log = [...requests.values()]
    .map((request) => ({ ...request, path: new URL(request.url).pathname.slice(1) }))
    .filter((request) => request.path.startsWith('__size/') || request.path.startsWith('cdn/'))
    .sort((a, b) => a.start - b.start);
  for (const request of log) {
    const before = log.filter((other) => other !== request && other.end !== undefined && other.end <= request.start);
    request.wave = request.path.startsWith('__size/') ? 0 : 1 + Math.max(0, ...before.map((other) => other.wave));
  }
  const files = log.filter((request) => request.path.startsWith('cdn/'));
  return { rendered, files: files.map((request) => ({ path: request.path, wave: request.wave })), waves: Math.max(0, ...files.map((request) => request.wave)) };
}

const lit = await litFloor();
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const { chromium } = findBrowsers();
if (!chromium) {
  console.error('npm run size needs Chromium (CHROME_PATH or /usr/bin/chromium) to read the network log.');
  process.exit(1);
}
const browser = await puppeteer.launch(launchOptions().chromium);
const rows = [];
try {
  for (const widget of widgets) {
    const measured = await measurePage(browser, origin, widget);
    const files = measured.files.map((file) => ({ ...file, ...sizes(readFileSync(file.path)) }));
    const content = contentOf(files.map((file) => file.path));
    const row = {
      name: `<mh-${widget}> page`,
      key: `page: <mh-${widget}>`,
      widget,
      raw: sum(files, 'raw'),
      gzip: sum(files, 'gzip'),
      brotli: sum(files, 'brotli'),
      requests: files.length,
      waves: measured.waves,
      content,
      floor: lit.brotli + content,
      files,
    };
    row.overhead = row.brotli / row.floor;
    row.goals = [];
    if (!measured.rendered) row.goals.push(`<mh-${widget}> did not render`);
    if (!files.some((file) => file.path === LOADER)) row.goals.push('the loader was not fetched');
    if (row.waves > GOALS.waves) row.goals.push(`${row.waves} fetch waves > ${GOALS.waves}`);
    if (widget === 'guide') {
      if (row.brotli > GOALS.guide) row.goals.push(`${row.brotli} B > ${GOALS.guide} B`);
    } else {
      if (row.overhead > GOALS.overhead) row.goals.push(`${row.overhead.toFixed(2)}× floor > ${GOALS.overhead}×`);
      if (widget === 'contact-card' && row.brotli > GOALS.contactCard) row.goals.push(`${row.brotli} B > ${GOALS.contactCard} B`);
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  server.close();
}
const loader = { key: LOADER, ...sizes(Buffer.from(loaderCode)) };
const content = wholeContent();

if (args.has('--json')) {
  console.log(JSON.stringify({ goals: GOALS, lit, content, loader, rows }, null, 2));
} else {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`What a page showing one widget via the script tag fetches (loader + modules + chunks; brotli summed per file):\n`);
  console.log(`${'page'.padEnd(30)} ${pad('files', 5)} ${pad('waves', 5)} ${pad('raw', 8)} ${pad('gzip', 7)} ${pad('brotli', 7)} ${pad('floor', 7)} ${pad('overhead', 8)}  goal`);
  for (const row of rows) {
    const goal = row.widget === 'guide' ? `≤ ${GOALS.guide} B` : `≤ ${GOALS.overhead}× floor${row.widget === 'contact-card' ? `, ≤ ${GOALS.contactCard} B` : ''}`;
    console.log(
      `${row.name.padEnd(30)} ${pad(row.requests, 5)} ${pad(row.waves, 5)} ${pad(row.raw, 8)} ${pad(row.gzip, 7)} ${pad(row.brotli, 7)} ${pad(row.floor, 7)} ${pad(`${row.overhead.toFixed(2)}×`, 8)}  ${goal}${row.goals.length ? `  MISSED: ${row.goals.join('; ')}` : ''}`,
    );
  }
  console.log(`\nThe loader alone (${LOADER}): ${loader.raw} B raw, ${loader.brotli} B brotli.`);
  console.log(`floor: Lit (${lit.brotli} B brotli) plus the nb content the page's files carry; overhead: brotli / floor.`);
  console.log(`waves: sequential fetch waves after the HTML, from Chromium's network log (${LATENCY_MS} ms latency added per request); goal ≤ ${GOALS.waves}.`);
  console.log(`All of content/nb is ${content.brotli} B brotli as JSON.`);
}

if (args.has('--lazy')) {
  // What loads on first use, for the record; not counted in the goals.
  for (const file of readdirSync('cdn/c').filter((name) => name.endsWith('.js')).sort()) {
    if (rows.some((row) => row.files.some((fetched) => fetched.path === `cdn/c/${file}`))) continue;
    const size = sizes(readFileSync(join('cdn/c', file)));
    console.log(`lazy: cdn/c/${file}`.padEnd(60), String(size.raw).padStart(9), String(size.gzip).padStart(8), String(size.brotli).padStart(8));
  }
}

const CEILINGS_FILE = 'scripts/size-ceilings.json';
const recorded = [loader, ...rows];
if (args.has('--update-ceilings')) {
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(Object.fromEntries(recorded.map((row) => [row.key, row.brotli])), null, 2)}\n`);
  console.log(`\nRecorded the current brotli sizes in ${CEILINGS_FILE}.`);
}
if (args.has('--ceilings')) {
  const ceilings = JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
  // 100 B of slack: another Node/zlib on the CI machine may compress a few bytes differently.
  const SLACK = 100;
  const grown = recorded.filter((row) => !(row.key in ceilings) || row.brotli > ceilings[row.key] + SLACK);
  if (grown.length) {
    console.error(`\nGrew past ${CEILINGS_FILE} (brotli): ${grown.map((row) => `${row.key} ${row.brotli} > ${ceilings[row.key] ?? 'no entry'}`).join('; ')}`);
    process.exit(1);
  }
  console.log(`\nNo output grew past ${CEILINGS_FILE}.`);
  process.exit(0);
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
/** Only size goals missed (not the round trips, not a page that failed to render or load the loader). */
const onlyOverhead = (row) => row.goals.every((goal) => goal.includes('× floor >') || / B > \d+ B$/.test(goal));
const pending = rows.filter((row) => row.widget in PENDING && row.goals.length && onlyOverhead(row));
const missed = rows.filter((row) => row.goals.length && !pending.includes(row));
const stale = rows.filter((row) => row.widget in PENDING && !row.goals.length);
if (!args.has('--json')) {
  for (const row of pending) console.log(`Known miss, decision pending (docs/size.md): ${row.name} ${row.goals.join('; ')} — ${PENDING[row.widget]}.`);
}
if ((missed.length || stale.length) && !args.has('--table') && !args.has('--json') && !args.has('--update-ceilings')) {
  if (missed.length) console.error(`\nGoals missed: ${missed.map((row) => `${row.name}: ${row.goals.join('; ')}`).join(' | ')}`);
  if (stale.length) console.error(`\n${stale.map((row) => row.name).join(', ')} now meet(s) the goal: remove from PENDING in scripts/size.js.`);
  process.exit(1);
}
if (!args.has('--json') && !missed.length) console.log('\nEvery other size and round-trip goal is met.');
