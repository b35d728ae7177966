// Render benchmark: serves the repo on 127.0.0.1, opens bench/render.html in Debian's Chromium and
// prints, per widget in bench/widgets.js, the median first-render time against inserting the same
// markup as static HTML (goal: ≤ 1.5×). Then prints the size table. Reports; fails only if it
// cannot run. Usage: node bench/run.js [path/to/bundle.js] [--runs=31]
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowsers, launchOptions } from '../scripts/browsers.js';

const GOAL = 1.5;
const TIMEOUT_MS = 180_000;
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = resolve(rootDir, 'tsconfig.json');

const args = process.argv.slice(2);
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 31;
const bundleArg = args.find((arg) => !arg.startsWith('--'));
const defaultBundle = resolve(rootDir, 'cdn/menneskehandel-widgets.js');
const bundle = bundleArg ? resolve(bundleArg) : existsSync(defaultBundle) ? defaultBundle : undefined;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (bundle && !existsSync(bundle)) fail(`bundle not found: ${bundle}`);
if (bundle && relative(rootDir, bundle).startsWith('..')) fail(`the bundle must be inside the repository (${rootDir})`);
const { chromium } = findBrowsers();
if (!chromium) fail('no Chromium found. Set CHROME_PATH or install it: apt-get install chromium');

const fmt = (ms) => `${ms.toFixed(2)} ms`;

async function main() {
  const server = await startDevServer({
    config: {
      rootDir,
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig })],
      watch: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  let browser;
  const timer = setTimeout(() => {
    console.error(`bench: no result after ${TIMEOUT_MS / 1000} s; giving up.`);
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    browser = await puppeteer.launch(launchOptions().chromium);
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    const query = new URLSearchParams({ runs: String(runs) });
    if (bundle) query.set('script', `/${relative(rootDir, bundle).split('\\').join('/')}`);
    const url = `http://127.0.0.1:${server.config.port}/bench/render.html?${query}`;
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: TIMEOUT_MS - 10_000, polling: 200 });
    const error = await page.evaluate('window.__benchError');
    if (error) throw new Error(error);
    const results = await page.evaluate('window.__benchResults');
    const version = await browser.version();

    console.log(`\nRender benchmark (${version}; ${bundle ? relative(rootDir, bundle) : 'source modules via esbuild, not minified'}; median of ${runs} alternating runs)\n`);
    const rows = results.map((result) => ({
      widget: result.fromSource && bundle ? `${result.name} [not in bundle: from source]` : result.name,
      'first render': fmt(result.widgetMedian),
      'static HTML': fmt(result.staticMedian),
      ratio: `${result.ratio.toFixed(2)}×`,
      [`goal ≤ ${GOAL}×`]: result.ratio <= GOAL ? 'met' : 'NOT met',
    }));
    console.table(rows);
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await server.stop();
  }

  const sizeScript = resolve(rootDir, 'scripts/size.js');
  if (existsSync(sizeScript)) {
    console.log('\nSizes\n');
    const size = spawnSync(process.execPath, [sizeScript, '--table'], { cwd: rootDir, stdio: 'inherit' });
    if (size.status !== 0) console.log(`(scripts/size.js --table exited with ${size.status})`);
  }
}

main().then(
  () => process.exit(0),
  (error) => fail(error instanceof Error ? error.stack ?? error.message : String(error)),
);
