// Routes of the demo server (scripts/serve-demo.js) and of `npm run lighthouse`, beside the files:
//
//   GET /demo/render?tag=mh-…&lang=nb&attributes={"need":"acute"}&src=/assets/mh/…js
//       The snippet builder's "ready-made HTML": renderWidget (dist/ssr.js) for any attributes the
//       editor picked, then the script tag. An endpoint, not files: the prerendered files of
//       `npm run build` (dist/html/) cover each widget's documented examples, the builder any value.
//   GET /demo/  (and /demo/index.html)
//       demo/index.html, plus a section for every widget of the registry (src/widgets.json) that
//       the hand-composed page does not place, so a new widget is on the demo page without an
//       edit. Added here, not by a script in the page: a script would be one more request before
//       the page's first paint, which `npm run lighthouse` measures.
//   GET /demo/prerendered.html
//       demo/index.html with every widget rendered on the server (declarative shadow DOM) and the
//       same script tag, which hydrates them: what a CMS that prerenders would serve.
//   GET /demo/static.html
//       The same page with every <script> and modulepreload taken out: plain static HTML, the
//       speed limit the prerendered page is measured against.
//
// Everything is rendered from this repository's own files; nothing is fetched from elsewhere.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WIDGETS } from './registry.js';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const SSR_MODULE = resolve(ROOT, 'dist/ssr.js');
const TAG = /^mh-[a-z]+(?:-[a-z]+)*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
/** An opening and closing widget tag in demo/index.html (the code samples are escaped, so never match). */
const WIDGET_IN_PAGE = /<(mh-[a-z]+(?:-[a-z]+)*)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/\1>/g;

let ssr;
/** dist/ssr.js, loaded once it has been built; null until then. */
async function loadSsr() {
  if (!ssr && existsSync(SSR_MODULE)) ssr = await import(pathToFileURL(SSR_MODULE).href);
  return ssr ?? null;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `need="acute" searchable` → `{ need: 'acute', searchable: true }`. */
function parseAttributes(source) {
  const attributes = {};
  for (const [, name, value] of source.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
    attributes[name] = value === undefined ? true : value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  return attributes;
}

/**
 * demo/index.html with a section (and a link in the page's navigation) for every registered widget
 * it does not place. The sections above stay hand-composed because they link the widgets to each
 * other (duty-href="#plikt" …), which a generated list could not. Tags come from the registry only.
 */
export async function demoPage() {
  const page = await readFile(resolve(ROOT, 'demo/index.html'), 'utf8');
  const placed = new Set([...page.matchAll(WIDGET_IN_PAGE)].map((match) => match[1]));
  const rest = WIDGETS.filter((widget) => TAG.test(widget.tag) && !placed.has(widget.tag));
  if (!rest.length) return page;
  const sections = rest.map(
    ({ name, tag }) => `      <section id="${name}">
        <h2><code>&lt;${tag}&gt;</code></h2>
        <pre><code>&lt;${tag} heading-level="3"&gt;&lt;/${tag}&gt;</code></pre>
        <${tag} heading-level="3"></${tag}>
        <p><a href="./builder/">Still inn &lt;${tag}&gt; i «Lag widget»</a></p>
      </section>
`,
  );
  const links = rest.map(({ name, tag }) => `          <li><a href="#${name}"><code>&lt;${tag}&gt;</code></a></li>\n`);
  return page
    .replace(/(\n\s*<\/ul>\s*<\/nav>)/, `\n${links.join('').trimEnd()}$1`)
    .replace(/(\s*<\/main>)/, `\n${sections.join('').trimEnd()}$1`);
}

/**
 * demoPage() with each widget replaced by renderWidget's markup; the widget's own light-DOM
 * children (the quick exit's fallback link) stay inside it, after the shadow root.
 */
export async function prerenderedDemo() {
  const { renderWidget } = await loadSsr();
  const page = await demoPage();
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(page)?.[1] ?? 'nb';
  const pieces = [];
  let last = 0;
  for (const match of page.matchAll(WIDGET_IN_PAGE)) {
    const [whole, tag, attributeSource, children] = match;
    const markup = await renderWidget(tag, { attributes: parseAttributes(attributeSource), lang });
    const close = `</${tag}>`;
    pieces.push(page.slice(last, match.index), markup.slice(0, markup.lastIndexOf(close)), children, close);
    last = match.index + whole.length;
  }
  pieces.push(page.slice(last));
  return allowPrerenderedStyles(pieces.join('')).replace('<title>', '<title>Prerendered · ');
}

/**
 * The widgets' styles travel as `<style>` in each declarative shadow root, which `style-src 'self'`
 * refuses. The page's policy names each of them by hash instead of loosening to 'unsafe-inline'.
 */
function allowPrerenderedStyles(page) {
  const hashes = new Set();
  for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  if (!hashes.size) return page;
  return page.replace(/(http-equiv="Content-Security-Policy"\s+content="[^"]*style-src 'self')/, `$1 ${[...hashes].join(' ')}`);
}

/** The prerendered demo without any script: what the browser shows before (or without) JavaScript. */
export async function staticDemo() {
  return (await prerenderedDemo())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace('<title>Prerendered · ', '<title>Static · ');
}

async function renderSnippet(query) {
  const { renderWidget } = await loadSsr();
  const tag = query.get('tag') ?? '';
  if (!TAG.test(tag)) return { status: 400, body: 'tag must be a widget tag (mh-…)' };
  let attributes = {};
  try {
    attributes = JSON.parse(query.get('attributes') ?? '{}');
  } catch {
    return { status: 400, body: 'attributes must be a JSON object' };
  }
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return { status: 400, body: 'attributes must be a JSON object' };
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE.test(name) || typeof value !== 'string') return { status: 400, body: `attribute ${name}: names are lower-case, values strings` };
  }
  // An empty value stands for a present boolean attribute.
  const written = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === '' ? true : value]));
  const src = query.get('src') || '/assets/mh/menneskehandel-widgets.js';
  try {
    const markup = await renderWidget(tag, { attributes: written, lang: query.get('lang') || 'nb' });
    return { status: 200, body: `${markup}\n<script type="module" src="${escapeAttribute(src)}"></script>\n` };
  } catch (error) {
    return { status: 400, body: String(error?.message ?? error) };
  }
}

/** Koa middleware for @web/dev-server: the routes above; anything else goes on to the files. */
export async function demoRoutes(ctx, next) {
  if (ctx.path === '/demo/' || ctx.path === '/demo/index.html') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = await demoPage();
    return undefined;
  }
  const routes = ['/demo/render', '/demo/prerendered.html', '/demo/static.html'];
  if (!routes.includes(ctx.path)) return next();
  if (!(await loadSsr())) {
    ctx.status = 501;
    ctx.type = 'text/plain';
    ctx.body = 'dist/ssr.js is missing: run `npm run build` first.';
    return undefined;
  }
  if (ctx.path === '/demo/render') {
    const { status, body } = await renderSnippet(new URLSearchParams(ctx.querystring));
    ctx.status = status;
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = body;
    return undefined;
  }
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = await savedPage(ctx.path);
  return undefined;
}

/** The two generated pages, rendered once per version of demo/index.html and dist/ssr.js. */
const saved = new Map();

/**
 * A CMS serves prerendered pages it saved, not rendered per request: rendering here on every
 * request would add the server render (and, on the first request, loading dist/ssr.js) to one
 * page's response time and not the other's, which Lighthouse's simulation counts.
 */
async function savedPage(path) {
  const version = ['demo/index.html', 'src/widgets.json', 'dist/ssr.js'].map((file) => statSync(resolve(ROOT, file)).mtimeMs).join();
  let page = saved.get(path);
  if (page?.version !== version) {
    page = { version, body: path === '/demo/prerendered.html' ? await prerenderedDemo() : await staticDemo() };
    saved.set(path, page);
  }
  return page.body;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json)|image\/svg)/;

/**
 * Brotli for text responses when the browser asks for it, as a host's web server does: a
 * measurement on an uncompressed dev server would charge prerendered HTML for bytes no visitor
 * downloads. Used by `npm run lighthouse` (the demo server stays plain).
 */
const compressedByText = new Map();

export async function brotli(ctx, next) {
  await next();
  if (ctx.status !== 200 || !ctx.body || ctx.response.get('Content-Encoding')) return;
  if (!/\bbr\b/.test(ctx.get('Accept-Encoding')) || !COMPRESSIBLE.test(ctx.response.type ?? '')) return;
  let body = ctx.body;
  if (typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks);
  }
  // The same text (a file, a saved page) is compressed once, as a host's server caches it.
  const text = Buffer.from(body);
  let compressed = compressedByText.get(text.toString('latin1'));
  if (!compressed) {
    compressed = brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } });
    compressedByText.set(text.toString('latin1'), compressed);
  }
  ctx.body = compressed;
  ctx.set('Content-Encoding', 'br');
  ctx.vary('Accept-Encoding');
}
