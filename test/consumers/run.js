// `npm run test:consumers` (after `npm run build`): the package as an app installs it.
// 1. Packs the package (`npm pack`) and unpacks the tarball into a scratch app's node_modules,
//    as `npm install <tarball>` would (offline: lit, zod and vite resolve from this repository's
//    node_modules, one folder up, so no registry is needed).
// 2. Node without a DOM: `import('menneskehandel-widgets')` and every components/* entry exit 0.
// 3. Vite builds test/consumers/vite-app (main entry + components/contact-card.js): the bundle
//    holds one copy of Lit and of the library, and in Chromium a language registered through the
//    main entry reaches the card.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from '../../scripts/browsers.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = join(repo, 'node_modules/.cache/menneskehandel-widgets/consumers');
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

if (!existsSync(join(repo, 'dist/menneskehandel-widgets.js')) || !existsSync(join(repo, 'cdn/menneskehandel-widgets.js'))) {
  console.error('test:consumers: run `npm run build` first.');
  process.exit(1);
}

// 1. The tarball, unpacked where an app's node_modules would hold it.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8' }));
const app = join(work, 'vite-app');
cpSync(join(repo, 'test/consumers/vite-app'), app, { recursive: true });
const installed = join(app, 'node_modules/menneskehandel-widgets');
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
const shipped = new Set(packed.files.map((file) => file.path));
check(shipped.has('dist/menneskehandel-widgets.js') && shipped.has('cdn/menneskehandel-widgets.js'), 'the tarball holds both builds (dist/ for bundlers, cdn/ for the script tag)');

// custom-elements.json must point to files that ship.
const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
const paths = new Set();
const walk = (value) => {
  if (Array.isArray(value)) value.forEach(walk);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') paths.add(item.replace(/^\//, ''));
      else walk(item);
    }
  }
};
walk(manifest.modules.map((module) => ({ path: module.path, exports: module.exports })));
const missing = [...paths].filter((path) => !shipped.has(path));
check(missing.length === 0, `every path in custom-elements.json ships${missing.length ? ` (missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})` : ''}`);

// Every relative link in the shipped README files points to a file that ships.
for (const readme of [...shipped].filter((path) => /(^|\/)README\.md$/.test(path))) {
  const text = readFileSync(join(installed, readme), 'utf8');
  const base = readme.includes('/') ? readme.slice(0, readme.lastIndexOf('/') + 1) : '';
  const broken = [...text.matchAll(/\]\((?!https?:|mailto:|tel:|#)([^)#\s]+)/g)]
    .map((match) => normalize(base + match[1]))
    .filter((target) => !shipped.has(target) && ![...shipped].some((path) => path.startsWith(`${target.replace(/\/$/, '')}/`)));
  check(broken.length === 0, `${readme}: its relative links point to files in the package${broken.length ? ` (missing: ${broken.join(', ')})` : ''}`);
}

// 2. Node, no DOM: every npm entry imports without throwing.
const entries = ['menneskehandel-widgets', ...readdirSync(join(installed, 'dist/components')).filter((file) => file.endsWith('.js')).map((file) => `menneskehandel-widgets/components/${file}`)];
for (const entry of entries) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`], { cwd: app, encoding: 'utf8' });
  check(run.status === 0, `node: import('${entry}') exits 0${run.status === 0 ? '' : `\n${run.stderr}`}`);
}

// 3. A Vite app importing the main entry and the card's module.
const nb = JSON.parse(readFileSync(join(repo, 'content/nb/contacts.json'), 'utf8'));
writeFileSync(join(app, 'uk-contacts.json'), JSON.stringify({ ...nb, contacts: nb.contacts.map((contact) => ({ ...contact, name: `UK ${contact.name}` })) }));
await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
const assets = join(app, 'dist/assets');
const code = readdirSync(assets)
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(join(assets, file), 'utf8'))
  .join('\n');
const count = (pattern) => (code.match(pattern) ?? []).length;
// lit-html, lit-element and reactive-element each record their version once per copy.
check(count(/litHtmlVersions/g) === 1, `one copy of lit-html in the app's bundle (litHtmlVersions: ${count(/litHtmlVersions/g)})`);
check(count(/litElementVersions/g) === 1, `one copy of lit-element (litElementVersions: ${count(/litElementVersions/g)})`);
check(count(/Load one copy of the library/g) === 1, `one copy of the library (its registration code: ${count(/Load one copy of the library/g)})`);
const { chromium } = findBrowsers();
if (!chromium) {
  check(false, 'Chromium found (CHROME_PATH or /usr/bin/chromium) to run the app');
} else {
  const root = join(app, 'dist');
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^\/+/, '') || 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream');
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const result = await page.evaluate(() => window.consumer);
    check(errors.length === 0, `the app runs without errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
    const rosa = nb.contacts.find((contact) => contact.id === 'rosa');
    check(result.text.includes(`UK ${rosa.name}`), `registerLocale('uk') from the main entry reaches <mh-contact-card> from components/contact-card.js (card shows "UK ${rosa.name}")`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (failures.length) {
  console.error(`\ntest:consumers: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('\ntest:consumers: all checks passed.');
