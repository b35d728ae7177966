// `npm run test:consumers` (after `npm run build`): the package as an app installs it.
// 1. Packs the package (`npm pack`) and unpacks the tarball into a scratch app's node_modules,
//    as `npm install <tarball>` would (offline: lit, zod and vite resolve from this repository's
//    node_modules, one folder up, so no registry is needed).
// 2. Node without a DOM: `import('menneskehandel-widgets')` and every components/* entry exit 0.
// 3. Vite builds test/consumers/vite-app (main entry + components/contact-card.js): the bundle
//    holds one copy of Lit and of the library, and in Chromium a language registered through the
//    main entry reaches the card.
// 4. A React 19 react-ts app and a Vue 3 app (test/consumers/react-app, vue-app) type-check with
//    the package's typings only (tsc; vue-tsc --strictTemplates on the TypeScript 5 alias), build
//    with Vite and, in Chromium, show ROSA's tel: link, deliver the checklist's event to the
//    framework's handler, show host contacts passed as a property (also when set before the list
//    was defined) and give contacts that fell back to an attribute a notice.
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
if (!chromium) check(false, 'Chromium found (CHROME_PATH or /usr/bin/chromium) to run the apps');

/** Serves a built app's dist/ on localhost, opens it in headless Chromium and runs `inspect(page)`. */
async function inBrowser(root, inspect) {
  if (!chromium) return;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^\/+/, '') || 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream');
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
    await inspect(page);
    check(errors.length === 0, `${root.split('/').at(-2)}: the app runs without errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await inBrowser(join(app, 'dist'), async (page) => {
  const result = await page.evaluate(() => window.consumer);
  const rosa = nb.contacts.find((contact) => contact.id === 'rosa');
  check(result.text.includes(`UK ${rosa.name}`), `registerLocale('uk') from the main entry reaches <mh-contact-card> from components/contact-card.js (card shows "UK ${rosa.name}")`);
});

// The manifest's events carry their real type: CustomEvent<Detail> (or Event), never a bare
// CustomEvent or CustomEvent<never>.
const manifestEvents = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .flatMap((declaration) => (declaration.events ?? []).map((event) => ({ tag: declaration.tagName, ...event })));
const untyped = manifestEvents.filter((event) => !/^(CustomEvent<[A-Z]\w*Detail>|Event)$/.test(event.type?.text ?? ''));
check(manifestEvents.length > 0 && untyped.length === 0, `custom-elements.json: every event has its detail type${untyped.length ? ` (not: ${untyped.map((event) => `${event.tag} ${event.name}: ${event.type?.text}`).join(', ')})` : ''}`);

// 4. React 19 (react-ts) and Vue 3 apps: the package's own typings, type-checked, built and run.
const rosa = nb.contacts.find((contact) => contact.id === 'rosa');
const rosaTel = `tel:+47${rosa.phones[0].number}`;
// The nb notice for a contacts attribute, read from the list's strings (nb is the source language).
const attributeNotice = /contactsAttribute: '([^']+)'/.exec(readFileSync(join(repo, 'components/contact-list/strings.ts'), 'utf8'))?.[1];
const fixtureFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

const typeCheckers = {
  // The repo's TypeScript, as a react-ts app runs `tsc -b`.
  'react-app': (dir) => spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' }),
  // vue-tsc does not run on TypeScript 7: it runs on the TypeScript 5 alias.
  'vue-app': (dir) =>
    spawnSync(
      process.execPath,
      ['-e', `process.argv = [process.argv[0], 'vue-tsc', '-p', ${JSON.stringify(join(dir, 'tsconfig.json'))}]; require('vue-tsc').run(require.resolve('typescript5/lib/tsc'));`],
      { cwd: repo, encoding: 'utf8' },
    ),
};

for (const name of ['react-app', 'vue-app']) {
  const fixture = join(repo, 'test/consumers', name);
  const files = fixtureFiles(fixture);
  const declarations = files.filter((file) => file.endsWith('.d.ts') || /IntrinsicElements|GlobalComponents|declare module|declare global/.test(readFileSync(file, 'utf8')));
  check(declarations.length === 0, `${name}: no hand-written declarations for the widgets${declarations.length ? ` (${declarations.join(', ')})` : ''}`);

  const dir = join(work, name);
  cpSync(fixture, dir, { recursive: true });
  cpSync(installed, join(dir, 'node_modules/menneskehandel-widgets'), { recursive: true });
  if (name === 'react-app') {
    // Written into the scratch copy (not the fixture): every event of the manifest is declared in
    // HTMLElementEventMap (WindowEventMap for the quick exit's), with a detail that is not unknown.
    const names = [...new Set(manifestEvents.map((event) => event.name))];
    writeFileSync(
      join(dir, 'src/manifest-events.ts'),
      [
        "import type {} from 'menneskehandel-widgets';",
        'type Typed<E> = E extends CustomEvent<infer Detail> ? (unknown extends Detail ? never : E) : E;',
        'type Declared<N extends string> = N extends keyof HTMLElementEventMap ? Typed<HTMLElementEventMap[N]> : N extends keyof WindowEventMap ? WindowEventMap[N] : never;',
        'type Found<T> = [T] extends [never] ? false : true;',
        `export const everyEventDeclared: [${names.map((event) => `Found<Declared<'${event}'>>`).join(', ')}] = [${names.map(() => 'true').join(', ')}];`,
        '',
      ].join('\n'),
    );
  }
  const typed = typeCheckers[name](dir);
  check(typed.status === 0, `${name}: ${name === 'vue-app' ? 'vue-tsc --strictTemplates' : 'tsc'} passes with the package's typings (including the @ts-expect-error misuses)${typed.status === 0 ? '' : `\n${typed.stdout}${typed.stderr}`}`);

  if (name === 'react-app') {
    // The app keeps the template's skipLibCheck; the package's own .d.ts files (react.d.ts among
    // them) must also check with it off, or an error in them would go unseen.
    const strict = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--skipLibCheck', 'false'], { cwd: dir, encoding: 'utf8' });
    check(strict.status === 0, `${name}: the package's .d.ts files (dist/types, react.d.ts) type-check with skipLibCheck off${strict.status === 0 ? '' : `\n${strict.stdout}${strict.stderr}`}`);
  }

  await build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
  await inBrowser(join(dir, 'dist'), async (page) => {
    await page.evaluate(() => window.consumer.then(() => undefined));
    const state = await page.evaluate(async (localId) => {
      const list = (id) => document.getElementById(id);
      const lists = ['attribute-fallback', 'before-define', 'after-define'].map(list);
      await Promise.all(lists.map((element) => element?.hostContactsReady));
      const text = (element) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
      const card = list('rosa');
      const tel = [...(card?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href'));
      // Tick the checklist's first indicator as a user would: the framework handler must get the event.
      const checklist = list('checklist');
      const box = checklist?.shadowRoot?.querySelector('input[type="checkbox"][name="indicator"]');
      box?.click();
      await checklist?.updateComplete;
      const events = (await window.consumer).events();
      return {
        tel,
        box: box?.value ?? null,
        events,
        fallback: text(lists[0]),
        fallbackAttribute: lists[0]?.getAttribute('contacts'),
        before: text(lists[1]),
        beforeOwn: lists[1] ? Object.hasOwn(lists[1], 'contacts') : null,
        after: text(lists[2]),
        localId,
      };
    }, 'vik-barnevernvakt');
    const local = 'Vik kommune: barnevernvakt (consumer test)';
    check(state.tel.includes(rosaTel), `${name}: <mh-contact-card contact="rosa"> shows ROSA's ${rosaTel} (from content/nb/contacts.json)`);
    check(state.box !== null && state.events.length === 1 && JSON.stringify(state.events[0].selected) === JSON.stringify([state.box]), `${name}: ticking an indicator reaches the framework's handler with its detail (ticked "${state.box}", handler got ${JSON.stringify(state.events)})`);
    check(state.after.includes(local), `${name}: host contacts passed as a property (after the list is defined) are shown`);
    check(state.before.includes(local) && state.beforeOwn === false, `${name}: host contacts set on the element before it was defined are taken over at upgrade`);
    check(state.fallbackAttribute === '[object Object]' && typeof attributeNotice === 'string' && state.fallback.includes(attributeNotice), `${name}: contacts that fell back to an attribute ("${state.fallbackAttribute}") get the notice saying how to pass them`);
  });
}

if (failures.length) {
  console.error(`\ntest:consumers: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('\ntest:consumers: all checks passed.');
