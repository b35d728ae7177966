// One real check of the built Storybook (storybook-static/, from `npm run build-storybook`), cheap
// enough for CI: a story opened with `&args=` renders the widget with that attribute, the theme
// switcher's `globals=theme:dark` reaches the widgets, and the Theming page lists the tokens.
// The args -> markup step for every widget is tested in test/storybook.test.ts.
//
//   node scripts/check-storybook.js [--screenshots <dir>]   (PNGs of the checked pages at 360 and 1280 px)
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowsers, launchOptions } from './browsers.js';

const ROOT = 'storybook-static';
const args = process.argv.slice(2);
const shotsIndex = args.indexOf('--screenshots');
const shots = shotsIndex >= 0 ? args[shotsIndex + 1] : undefined;
if (!existsSync(join(ROOT, 'iframe.html'))) {
  console.error('storybook-static/iframe.html not found: run npm run build-storybook first.');
  process.exit(2);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error("Chromium not found: install Debian's chromium or set CHROME_PATH.");
  process.exit(2);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch(launchOptions().chromium);
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

/** Opens a story and returns facts about its first widget once it has rendered. */
async function openStory(page, query, tag) {
  await page.goto(`${base}/iframe.html?${query}`, { waitUntil: 'load' });
  await page.waitForFunction((name) => document.querySelector(name)?.shadowRoot?.childElementCount > 0, { timeout: 30000 }, tag);
  await page.evaluate(async (name) => {
    const element = document.querySelector(name);
    await element.localeReady;
    await element.updateComplete;
  }, tag);
  return page.evaluate((name) => {
    const element = document.querySelector(name);
    const link = element.shadowRoot.querySelector('a[href]');
    return {
      attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      shadow: element.shadowRoot.innerHTML,
      colorScheme: getComputedStyle(element).colorScheme,
      linkColor: link ? getComputedStyle(link).color : '',
    };
  }, tag);
}

async function screenshot(page, name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewport({ width, height: 900 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewport({ width: 1280, height: 900 });
}

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  const story = 'id=widgets-indicator-checklist--default&viewMode=story';
  const plain = await openStory(page, story, 'mh-indicator-checklist');
  check(plain.attributes.audience !== 'minor', 'the default story does not preset audience=minor');
  const minor = await openStory(page, `${story}&args=audience:minor`, 'mh-indicator-checklist');
  check(minor.attributes.audience === 'minor', `&args=audience:minor sets the attribute (got ${JSON.stringify(minor.attributes.audience)})`);
  check(minor.shadow !== plain.shadow, 'the widget renders differently with audience=minor');

  const myths = 'id=widgets-myths--list&viewMode=story';
  const light = await openStory(page, myths, 'mh-myths');
  const dark = await openStory(page, `${myths}&globals=theme:dark`, 'mh-myths');
  check(dark.colorScheme === 'dark' && light.colorScheme !== 'dark', `globals=theme:dark gives the widget color-scheme dark (got ${dark.colorScheme})`);
  check(dark.linkColor !== light.linkColor, `links take the dark default colour (${light.linkColor} -> ${dark.linkColor})`);
  await screenshot(page, 'myths-dark');

  await page.goto(`${base}/iframe.html?id=theming--docs&viewMode=docs`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('.mh-token-table tbody tr').length > 0, { timeout: 30000 });
  const rows = await page.evaluate(() => [...document.querySelectorAll('.mh-token-table tbody tr')].map((row) => row.dataset.token));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const documented = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? (declaration.cssProperties ?? []) : [])).map((property) => property.name));
  check(rows.length === documented.size && rows.every((name) => documented.has(name)), `the Theming page lists the ${documented.size} documented --mh-* properties (got ${rows.length})`);
  await screenshot(page, 'theming');
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`Storybook check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Storybook check passed.');
