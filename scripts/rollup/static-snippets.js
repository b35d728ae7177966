/**
 * Static snippets: dist/html/<widget>.<lang>.html, every documented example of a widget
 * (components/<widget>/examples.ts) prerendered with renderWidget (dist/ssr.js) in nb, nn and en.
 * Each file is a page a CMS or a plain web server can serve as it is: the guide's text, links and
 * `tel:` numbers work without JavaScript, and the script tag at its end (../../cdn/, the package
 * layout) hydrates the widgets when scripts run. Each example is one snippet between
 * `<!-- mh-snippet: … -->` and `<!-- /mh-snippet -->`, to copy into a page.
 *
 * As a rollup plugin (rollup.config.js, the npm build) it runs this file in a child process once
 * dist/ is written: rendering loads Lit's server build, which must not share the bundler's process.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGES } from '../registry.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANGS = LANGUAGES;

/** The rollup plugin: writes the snippets after the npm build (dist/) is written. */
export function staticSnippets() {
  return {
    name: 'mh-static-snippets',
    writeBundle() {
      execFileSync(process.execPath, [SELF], { cwd: ROOT, stdio: 'inherit' });
    },
  };
}

const decode = (value) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The tag, attributes and light-DOM content of an example's markup (one element, as examples.ts documents). */
export function parseExample(markup) {
  const match = /^\s*<(mh-[a-z-]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*>([\s\S]*)<\/\1>\s*$/.exec(markup);
  if (!match) return null;
  const [, tag, attributeText, children] = match;
  const attributes = {};
  for (const [, name, value] of attributeText.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) attributes[name] = value === undefined ? true : decode(value);
  return { tag, attributes, children };
}

/** The examples of `widget`, from its TypeScript source (esbuild strips the types; they import nothing else). */
async function examplesOf(widget) {
  const { buildSync } = await import('esbuild');
  const [output] = buildSync({
    entryPoints: [`${ROOT}components/${widget}/examples.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  }).outputFiles;
  const module = await import(`data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`);
  return module.examples;
}

/** Which examples a language's file shows: the ones without a `lang` of another language, each markup once. */
function snippetExamples(examples, lang) {
  const seen = new Set();
  const chosen = [];
  const skipped = [];
  for (const example of examples) {
    const parsed = parseExample(example.markup);
    const reason = !parsed
      ? 'markup is not one widget element'
      : example.setup
        ? 'its state is set up by script'
        : /<script/i.test(parsed.children)
        ? 'its data comes in a <script> block the server does not read'
        : typeof parsed.attributes.lang === 'string' && parsed.attributes.lang.split('-')[0] !== lang
          ? `written in lang="${parsed.attributes.lang}"`
          : seen.has(example.markup)
            ? 'same markup as an earlier example'
            : undefined;
    if (reason) {
      skipped.push(`${example.name}: ${reason}`);
      continue;
    }
    seen.add(example.markup);
    chosen.push({ example, parsed });
  }
  return { chosen, skipped };
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeComment = (text) => text.replace(/--/g, '- -').replace(/>/g, '&gt;');

const TITLES = { nb: 'eksempler', nn: 'døme', en: 'examples' };

async function writeSnippets() {
  const { renderWidget, WIDGET_TAGS } = await import(pathToFileURL(`${ROOT}dist/ssr.js`).href);
  const { VERSION } = await import(pathToFileURL(`${ROOT}dist/menneskehandel-widgets.js`).href);
  const widgets = readdirSync(`${ROOT}components`).filter((name) => existsSync(`${ROOT}components/${name}/examples.ts`));
  // renderWidget renders the registry's widgets (ssr.ts): a folder with examples but no registry line could not be prerendered.
  const missing = widgets.filter((name) => !WIDGET_TAGS.includes(`mh-${name}`));
  if (missing.length) throw new Error(`renderWidget (ssr.ts) does not know ${missing.map((name) => `mh-${name}`).join(', ')}: register it in src/widgets.json`);
  mkdirSync(`${ROOT}dist/html`, { recursive: true });
  let files = 0;
  /** Every distinct prerendered <style> text, for the CSP hashes below. */
  const styles = new Set();
  for (const widget of widgets) {
    const examples = await examplesOf(widget);
    for (const lang of LANGS) {
      const { chosen, skipped } = snippetExamples(examples, lang);
      const snippets = [];
      for (const { example, parsed } of chosen) {
        // An example of bad input (its notice and console warning) is no snippet to paste.
        const warnings = [];
        const warn = console.warn;
        console.warn = (...args) => warnings.push(args.join(' '));
        let markup;
        try {
          markup = await renderWidget(parsed.tag, { attributes: parsed.attributes, lang });
        } finally {
          console.warn = warn;
        }
        if (warnings.length) {
          skipped.push(`${example.name}: shows the notice for bad input`);
          continue;
        }
        for (const [, style] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(style);
        // Light-DOM content (the quick exit's fallback link) stays after the shadow root, as in the example.
        const withChildren = parsed.children ? markup.replace(new RegExp(`</${parsed.tag}>$`), `${parsed.children}</${parsed.tag}>`) : markup;
        // A labelled section per example: a page region of its own, so each shows the full source footer.
        snippets.push(
          `<section aria-label="${escapeText(example.name).replace(/"/g, '&quot;')}">\n<!-- mh-snippet: ${escapeComment(example.name)}. ${escapeComment(example.description)} -->\n${withChildren}\n<!-- /mh-snippet -->\n</section>`,
        );
      }
      const page = [
        '<!doctype html>',
        `<html lang="${lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // No favicon request (a 404 in the console of every snippet page).
        '<link rel="icon" href="data:,">',
        `<title>&lt;mh-${widget}&gt; ${TITLES[lang] ?? TITLES.en} (menneskehandel-widgets ${escapeText(VERSION)})</title>`,
        '</head>',
        '<body>',
        `<!-- Prerendered by menneskehandel-widgets ${escapeComment(VERSION)} (renderWidget, lang ${lang}). Each snippet shows the guide's text without JavaScript; the script tag below makes the widgets interactive (hydration).${
          skipped.length ? ` Not here: ${escapeComment(skipped.join('; '))}.` : ''
        } -->`,
        '<main>',
        snippets.join('\n'),
        '</main>',
        '<script type="module" src="../../cdn/menneskehandel-widgets.js"></script>',
        '</body>',
        '</html>',
        '',
      ].join('\n');
      writeFileSync(`${ROOT}dist/html/${widget}.${lang}.html`, page);
      files += 1;
    }
  }
  // A page whose Content-Security-Policy forbids inline styles can allow exactly these (README,
  // "Without a script tag"): one hash per widget's shadow styles, for this build.
  const hashes = [...styles].map((style) => `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`).sort();
  writeFileSync(`${ROOT}dist/html/style-src-hashes.txt`, `${hashes.join(' ')}\n`);
  console.log(`dist/html: ${files} static snippet pages; style-src-hashes.txt (${hashes.length} hashes)`);
}

if (process.argv[1] === SELF) await writeSnippets();
