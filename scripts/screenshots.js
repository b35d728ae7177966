// Screenshots of every widget's named states (components/*/examples.ts) at phone and laptop
// widths, so a reviewer can look at what a user sees without clicking. Headless Debian Chromium
// against the TypeScript sources (served and compiled on the fly, as the tests are).
// Writes PNGs and an index.html to screenshots/ (git-ignored).
//
//   npm run screenshots [-- --widget reporting-duty,indicator-checklist] [--lang nb,en] [--width 360,1280]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { WIDGET_NAMES } from './registry.js';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowsers, launchOptions } from './browsers.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1].split(',').filter(Boolean) : fallback;
};
const allWidgets = [...WIDGET_NAMES].sort();
const widgets = option('--widget', allWidgets);
const langs = option('--lang', ['nb']);
const widths = option('--width', ['360', '1280']).map(Number);
const unknown = widgets.filter((widget) => !allWidgets.includes(widget));
if (unknown.length) {
  console.error(`Unknown widget(s): ${unknown.join(', ')}. Known: ${allWidgets.join(', ')}`);
  process.exit(2);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error("Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.");
  process.exit(2);
}

const OUT = 'screenshots';

/** The page that shows one example: the widget's define module and its examples, from source. */
function examplePage(widget, index, lang) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${widget} ${index}</title>
<style>body { font-family: system-ui, sans-serif; margin: 16px; color: #1a1a1a; background: #fff; }</style></head>
<body><main id="host"></main>
<script type="module">
  import '/components/${widget}/define.ts';
  import { examples } from '/components/${widget}/examples.ts';
  const example = examples[${index}];
  const host = document.getElementById('host');
  const template = document.createElement('template');
  template.innerHTML = example.markup;
  host.append(template.content);
  const widget = [...host.querySelectorAll('*')].find((node) => node.localName.startsWith('mh-'));
  await customElements.whenDefined(widget.localName);
  if (example.setup) await example.setup(widget);
  await widget.localeReady;
  await widget.updateComplete;
  window.exampleCount = examples.length;
  window.exampleName = example.name;
  window.ready = true;
</script></body></html>`;
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['production'] },
    watch: false,
    plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
    middleware: [
      async (ctx, next) => {
        const match = /^\/__screenshot\/([a-z-]+)\/(\d+)\/([a-z]+)$/.exec(ctx.path);
        if (!match) return next();
        ctx.type = 'text/html';
        ctx.body = examplePage(match[1], Number(match[2]), match[3]);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;

const browser = await puppeteer.launch(launchOptions().chromium);

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const shots = [];
let failures = 0;
try {
  for (const widget of widgets) rmSync(`${OUT}/${widget}`, { recursive: true, force: true });
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    failures += 1;
    console.error(`  page error: ${error.message}`);
  });
  for (const widget of widgets) {
    mkdirSync(`${OUT}/${widget}`, { recursive: true });
    for (let index = 0, count = 1; index < count; index += 1) {
      for (const lang of langs) {
        for (const width of widths) {
          await page.setViewport({ width, height: width < 600 ? 740 : 800 });
          await page.goto(`${origin}/__screenshot/${widget}/${index}/${lang}`, { waitUntil: 'load' });
          await page.waitForFunction('window.ready === true', { timeout: 30000 });
          count = await page.evaluate('window.exampleCount');
          const name = await page.evaluate('window.exampleName');
          const file = `${OUT}/${widget}/${String(index + 1).padStart(2, '0')}-${slug(name)}.${lang}.${width}.png`;
          await page.screenshot({ path: file, fullPage: true });
          shots.push({ widget, name, lang, width, file });
        }
      }
      console.log(`${widget}: ${shots.filter((shot) => shot.widget === widget).length} screenshots`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const rows = shots
  .map((shot) => `<figure><figcaption>${escape(shot.widget)} — ${escape(shot.name)} (${shot.lang}, ${shot.width} px)</figcaption><img src="${escape(shot.file.slice(OUT.length + 1))}" alt="" loading="lazy" width="${Math.min(shot.width, 640)}"></figure>`)
  .join('\n');
writeFileSync(`${OUT}/index.html`, `<!doctype html><meta charset="utf-8"><title>Screenshots</title><style>body{font-family:sans-serif}figure{display:inline-block;vertical-align:top;margin:8px}img{border:1px solid #ccc;height:auto}</style>\n${rows}\n`);
console.log(`${shots.length} screenshots in ${OUT}/ (open ${OUT}/index.html)`);
if (failures) {
  console.error(`${failures} page error(s) while taking screenshots`);
  process.exit(1);
}
