// Lighthouse on the demo page (demo/index.html), served from 127.0.0.1 with Debian's Chromium.
// Run `npm run build` first: this script builds nothing. Writes nothing unless --json <file> is
// given, and then only under docs/. Exit code 1 when a category scores below --min (default 0.9).
//
//   node scripts/lighthouse.js [--json docs/lighthouse.json] [--min 0.9]
import { writeFileSync, existsSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';
import { startDevServer } from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowsers } from './browsers.js';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const jsonPath = option('--json');
const min = Number(option('--min') ?? 0.9);

if (jsonPath) {
  const target = relative(resolve('docs'), resolve(jsonPath));
  if (target.startsWith('..') || target.startsWith(sep) || resolve(jsonPath) === resolve('docs')) {
    console.error('--json must name a file under docs/');
    process.exit(2);
  }
}
if (!existsSync('cdn/menneskehandel-widgets.js')) {
  console.error('cdn/ is missing: run `npm run build` first.');
  process.exit(2);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error("Chromium not found: install Debian's chromium or set CHROME_PATH.");
  process.exit(2);
}
process.env.CHROME_PATH = chromium;

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
// Port 0: the system picks a free one; read it back from the listening socket.
const port = server.server.address().port;
const url = `http://127.0.0.1:${port}/demo/`;

let chrome;
let code = 0;
try {
  chrome = await chromeLauncher.launch({
    chromePath: chromium,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    {
      extends: 'lighthouse:default',
      // Desktop-like throttling would hide the mobile case; keep Lighthouse's default (mobile,
      // simulated throttling), which runs locally and needs no network.
      settings: { onlyCategories: CATEGORIES },
    },
  );
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);

  // Requests Lighthouse saw to anything but the local server: there must be none.
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const external = requests.map((item) => item.url).filter((address) => !address.startsWith(`http://127.0.0.1:${port}/`));

  const summary = {
    url: url.replace(String(port), 'PORT'),
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    fetchTime: lhr.fetchTime,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id].score])),
    metrics: Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, lhr.audits[id]?.displayValue]),
    ),
    // Bytes on the wire per request: the dev server does not compress, a host's server usually does.
    requests: requests.map((item) => ({ path: item.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), transferSize: item.transferSize, status: item.statusCode })),
    failing: [],
    externalRequests: external,
  };
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      if (audit.score === null || audit.score >= 0.9) continue;
      const items = audit.details?.items ?? [];
      summary.failing.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: items.slice(0, 5).map((item) => [item.node?.snippet, item.description, item.url ?? item.sourceLocation?.url].filter(Boolean).join(' ') || JSON.stringify(item).slice(0, 160)),
      });
    }
  }

  console.log(`Lighthouse ${summary.lighthouseVersion} on ${url}`);
  for (const id of CATEGORIES) console.log(`  ${id.padEnd(15)} ${Math.round(summary.scores[id] * 100)}`);
  console.log('Metrics:', Object.entries(summary.metrics).map(([key, value]) => `${key} ${value}`).join(', '));
  if (summary.failing.length) {
    console.log('Audits below 0.9:');
    for (const audit of summary.failing) {
      console.log(`  [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} score ${audit.score}`);
      for (const item of audit.items) console.log(`      ${item}`);
    }
  } else console.log('No audit below 0.9.');
  // What moved, when layout shift is flagged (an informative audit, not in the score).
  const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
  summary.layoutShifts = shifts.slice(0, 5).map((item) => ({ score: Number(item.score?.toFixed?.(3) ?? item.score), node: item.node?.snippet }));
  if (summary.scores.performance < 1 && shifts.length) {
    console.log('Largest layout shifts:');
    for (const shift of summary.layoutShifts) console.log(`  ${shift.score} ${shift.node ?? ''}`);
  }
  console.log(external.length ? `Requests beyond the local server: ${external.join(', ')}` : 'No request beyond the local server.');
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(summary, null, 2)}\n`);
  if (CATEGORIES.some((id) => summary.scores[id] < min) || external.length) code = 1;
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await chrome?.kill();
  await server.stop();
}
process.exit(code);
