// Two builds, as Shoelace ships them (docs/size.md):
// - dist/ for bundlers (the npm `exports`): the main entry and one module per widget in ONE module
//   graph, importing `lit` and `zod` by their bare names, so an app bundles one copy of each and
//   of the library. Not minified (the app's bundler does that); CSS and HTML literals are.
// - cdn/ for the script tag: self-contained (Lit's production build bundled), minified. Its one
//   file, cdn/menneskehandel-widgets.js, is a loader (src/loader.ts) that imports only the widgets
//   a page shows and preloads their chunks; cdn/components/<widget>.js and cdn/api.js share chunks.
// Both carry the nb content inlined; nn, en and the checkers for host data (zod) are chunks
// loaded on first use from the folder next to the module that needs them.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/rollup-minify-css.js';
import { minifyHtmlLiterals } from './scripts/rollup-minify-html.js';
import { generateLocaleContent } from './locales/generate.js';
import { CONTENT_FLOOR_DIR } from './scripts/content-floor.js';
import { staticSnippets } from './scripts/rollup/static-snippets.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const widgets = readdirSync('components').filter((name) => existsSync(`components/${name}/define.ts`));

// Only the content/<lang>/*.json files that exist go into a locale chunk.
generateLocaleContent();

/**
 * Chunks loaded on first use must not import the entry script: a page that loads it with a query
 * (menneskehandel-widgets.js?ver=3, as CMSs do) would then run a second copy of the library.
 * The few loader modules the schemas import (for their id lists) are copied into the lazy chunk.
 */
const LAZY_COPY = '.mh-lazy-copy.ts';
const lazyCopy = () => ({
  name: 'mh-lazy-copy',
  async resolveId(source, importer, options) {
    if (!importer || !source.startsWith('.')) return null;
    const fromLazy = importer.endsWith(LAZY_COPY) || /\/src\/content\/(schemas\/|host-contacts\.ts|check-locale\.ts)/.test(importer);
    if (!fromLazy) return null;
    const resolved = await this.resolve(source, importer.replace(LAZY_COPY, '.ts'), { ...options, skipSelf: true });
    if (!resolved || !/\/src\/content\/[^/]+\.ts$/.test(resolved.id) || /host-contacts|check-locale|registry/.test(resolved.id)) return resolved;
    return resolved.id.replace(/\.ts$/, LAZY_COPY);
  },
  load(id) {
    return id.endsWith(LAZY_COPY) ? readFileSync(id.slice(0, -LAZY_COPY.length) + '.ts', 'utf8') : null;
  },
});

/**
 * Each top-level key of an nb content file becomes its own module, so rollup can put a widget's
 * part (the four steps, the age rule) in a chunk of its own instead of sharing the whole file
 * with every widget that uses another part. The source still imports the JSON file as usual.
 */
const SPLIT = '?mh-split';
const PART = '\0mh-part:';
const isIdentifier = (key) => /^[A-Za-z_$][\w$]*$/.test(key);
const splitContent = () => ({
  name: 'mh-split-content',
  async resolveId(source, importer, options) {
    if (source.startsWith(PART)) return source;
    if (!importer || !/\/content\/nb\/[^/]+\.json$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && !resolved.external && !resolved.id.endsWith(SPLIT) ? resolved.id + SPLIT : resolved;
  },
  load(id) {
    if (id.startsWith(PART)) {
      const [file, key] = id.slice(PART.length).split('#');
      return `export default ${JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))[key])};`;
    }
    if (!id.endsWith(SPLIT)) return null;
    const file = id.slice(0, -SPLIT.length);
    this.addWatchFile(file);
    const keys = Object.keys(JSON.parse(readFileSync(file, 'utf8')));
    const imports = keys.map((key, index) => `import k${index} from ${JSON.stringify(`${PART}${file}#${key}`)};`);
    const named = keys.map((key, index) => [key, index]).filter(([key]) => isIdentifier(key));
    return [
      ...imports,
      `export { ${named.map(([key, index]) => `k${index} as ${key}`).join(', ')} };`,
      `export default { ${keys.map((key, index) => `${JSON.stringify(key)}: k${index}`).join(', ')} };`,
    ].join('\n');
  },
});

/**
 * Loader modules that need a few items of a content file get only those items in the build (the
 * file on disk stays the one source; tests and Storybook import it whole). Key: the loader module;
 * value: the content file it imports, the top-level key of the list and the ids to keep.
 */
/** Contact ids a content file names (`contact: "rosa"`, `contacts: ["politiet"]`), at any depth. */
function namedContacts(file) {
  const ids = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'contact' && typeof item === 'string') ids.add(item);
        else if (key === 'contacts' && Array.isArray(item) && item.every((id) => typeof id === 'string')) item.forEach((id) => ids.add(id));
        else walk(item);
      }
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return [...ids];
}
const contactsNamedIn = (domain) => ({ file: 'content/nb/contacts.json', key: 'contacts', ids: () => namedContacts(`content/nb/${domain}.json`) });
const CONTENT_SLICES = {
  'src/content/contact-alarm.ts': { file: 'content/nb/contacts.json', key: 'contacts', ids: () => ['alarmtelefonen'] },
  'src/content/contacts-duties.ts': contactsNamedIn('duties'),
  'src/content/contacts-conversation.ts': contactsNamedIn('conversation'),
  'src/content/contacts-rights.ts': contactsNamedIn('rights'),
};
const SLICE = '\0mh-slice:';
const contentSlice = () => ({
  name: 'mh-content-slice',
  resolveId(source, importer) {
    if (source.startsWith(SLICE)) return source;
    const loader = importer && Object.keys(CONTENT_SLICES).find((path) => importer === fileURLToPath(new URL(path, import.meta.url)));
    if (!loader || !source.endsWith('.json')) return null;
    const slice = CONTENT_SLICES[loader];
    if (fileURLToPath(new URL(source, `file://${importer}`)) !== fileURLToPath(new URL(slice.file, import.meta.url))) return null;
    return SLICE + loader;
  },
  load(id) {
    if (!id.startsWith(SLICE)) return null;
    const { file, key, ids: idsOf } = CONTENT_SLICES[id.slice(SLICE.length)];
    const ids = idsOf();
    const items = JSON.parse(readFileSync(file, 'utf8'))[key].filter((item) => ids.includes(item.id));
    // A slice that lost an id (renamed in the content) must fail the build, not ship without it.
    if (items.length !== ids.length) this.error(`${file}: ${key} has no item with id ${ids.filter((x) => !items.some((item) => item.id === x)).join(', ')}`);
    return `export default ${JSON.stringify({ [key]: items })};`;
  },
});

/**
 * For `npm run size`: the nb content each output chunk carries (the rendered content modules,
 * before minification), so the size report can give every output its own floor (Lit plus its
 * content) instead of comparing a widget against the whole guide. Written outside dist/ so it
 * never ships.
 */
const isContentModule = (id) => /\/content\/nb\/[^/]+\.json$/.test(id) || id.startsWith(PART) || id.startsWith(SLICE);
const contentFloorReport = (name) => ({
  name: 'mh-content-floor',
  generateBundle(options, bundle) {
    const byChunk = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const code = Object.entries(chunk.modules)
        .filter(([id, module]) => isContentModule(id) && module.code)
        .map(([, module]) => module.code)
        .join('\n');
      byChunk[`${relative('.', options.dir)}/${chunk.fileName}`] = code;
    }
    mkdirSync(CONTENT_FLOOR_DIR, { recursive: true });
    writeFileSync(`${CONTENT_FLOOR_DIR}/content-${name}.json`, JSON.stringify(byChunk));
  },
});

// slices: only for the script-tag build, where a widget's module carries only the contacts its
// content names; the npm build keeps one contacts module, so an app importing two widgets
// bundles it once. minify: the npm build leaves that to the app's bundler.
const plugins = ({ slices, name, minify }) => [
  lazyCopy(),
  ...(slices ? [contentSlice()] : []),
  splitContent(),
  // "production" keeps Lit's dev-mode warnings out of the script-tag build.
  nodeResolve({ exportConditions: ['production'], browser: true }),
  json({ preferConst: true, compact: true }),
  minifyCssLiterals(),
  esbuild({ tsconfig, target: 'es2021', minify: false }),
  minifyHtmlLiterals(),
  ...(minify ? [terser({ ecma: 2021, module: true, toplevel: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } })] : []),
  ...(name ? [contentFloorReport(name)] : []),
];

/** What the npm build leaves to the app: Lit (one copy per app) and zod. */
const NPM_EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod)(\/.*)?$/;

/**
 * The loader's table, filled by the cdn build: for each widget, its module and every chunk that
 * module imports statically (transitively), so the loader can preload them all in one wave.
 * A widget that composes others (<mh-guide>) is instead served as ONE file, cdn/all/<name>.js
 * (the composite build below), which defines every widget: as separate modules its widgets compress one by one and the
 * page would fetch 18 files (71.1 KB brotli measured, against 54.6 KB as one file; docs/size.md).
 */
const cdnModules = {};
/** Composite widget → the widgets its one file defines (itself included). */
const composites = {};
const cdnManifest = () => ({
  name: 'mh-cdn-manifest',
  generateBundle(options, bundle) {
    const closure = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const imported of bundle[fileName].imports) closure(imported, seen);
      return seen;
    };
    const widgetOf = (fileName) => /^components\/(.+)\.js$/.exec(fileName)?.[1];
    for (const chunk of Object.values(bundle)) {
      const widget = chunk.type === 'chunk' && chunk.isEntry && widgetOf(chunk.fileName);
      if (!widget) continue;
      const files = [...closure(chunk.fileName)];
      const defines = files.map(widgetOf).filter(Boolean);
      if (defines.length > 1) {
        composites[widget] = [...widgets].sort();
        cdnModules[widget] = [`all/${widget}.js`];
      } else cdnModules[widget] = files;
    }
  },
});
const COMPOSITE = '\0mh-composite:';
/** The composite build's entries, known only once the cdn build has run: one file per composite widget. */
const compositeEntries = () => ({
  name: 'mh-composite-entries',
  options: (options) => ({ ...options, input: Object.fromEntries(Object.keys(composites).map((name) => [`all/${name}`, `${COMPOSITE}${name}`])) }),
  resolveId: (source) => (source.startsWith(COMPOSITE) ? source : null),
  load(id) {
    if (!id.startsWith(COMPOSITE)) return null;
    const root = fileURLToPath(new URL('.', import.meta.url));
    // The host API travels with the widgets, so the loader can pass a host language to this graph too.
    // Every widget, not only the ones it composes: a page showing the guide and another widget
    // (a contact card beside it) then loads one copy of Lit and of the library, not two.
    const defines = [id.slice(COMPOSITE.length), ...widgets].map((name) => `import ${JSON.stringify(`${root}components/${name}/define.ts`)};`);
    return `${[...new Set(defines)].join('\n')}\nexport * from ${JSON.stringify(`${root}src/api.ts`)};`;
  },
});
const VERSION = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];
const MANIFEST_ID = 'mh:cdn-manifest';
const loaderManifest = () => ({
  name: 'mh-loader-manifest',
  resolveId: (source) => (source === MANIFEST_ID ? `\0${MANIFEST_ID}` : null),
  load(id) {
    if (id !== `\0${MANIFEST_ID}`) return null;
    if (Object.keys(cdnModules).length !== widgets.length) this.error('The cdn build must run before the loader (rollup.config.js order).');
    // Without ".js" (the loader adds it): the table is most of the loader's bytes.
    const sorted = Object.fromEntries(
      Object.entries(cdnModules)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, files]) => [name, files.map((file) => file.replace(/\.js$/, ''))]),
    );
    return [
      `export const MODULES = ${JSON.stringify(sorted)};`,
      `export const COMPOSITES = ${JSON.stringify(composites)};`,
      `export const VERSION = ${JSON.stringify(VERSION)};`,
    ].join('\n');
  },
});

// zod's core has a harmless import cycle; every other warning is shown.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  // zod's sources carry comments rollup cannot place; they are dropped harmlessly.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

// Content modules and zod declare schemas at top level; a widget that only loads data must not
// pay for them, so their unused declarations are dropped.
const treeshake = { moduleSideEffects: (id) => !/node_modules\/zod\/|\/src\/content\/|mh-part:|mh-split/.test(id) };

/**
 * Short chunk names in cdn/: they are repeated in the loader's table and in every import. The
 * language chunks keep their name (nn-…, en-…), so a reader of the network log can tell them apart.
 */
const cdnChunkName = (chunk) => (/^(nn|en)$/.test(chunk.name) ? 'c/[name]-[hash].js' : 'c/[hash].js');

const componentInputs = (prefix) => Object.fromEntries(widgets.map((name) => [`${prefix}${name}`, `components/${name}/define.ts`]));

// Rollup runs these in order: the loader build reads the table the cdn build records.
export default [
  {
    input: { 'menneskehandel-widgets': 'src/index.ts', ssr: 'src/ssr.ts', ...componentInputs('components/') },
    external: (id) => NPM_EXTERNAL.test(id),
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    // dist/html/<widget>.<lang>.html: every example prerendered with dist/ssr.js (README, "Without a script tag").
    plugins: [...plugins({ slices: false, minify: false }), staticSnippets()],
    treeshake,
    onwarn,
  },
  {
    input: { api: 'src/api.ts', ...componentInputs('components/') },
    output: { dir: 'cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: cdnChunkName },
    plugins: [...plugins({ slices: true, name: 'cdn', minify: true }), cdnManifest()],
    treeshake,
    onwarn,
  },
  {
    input: {},
    output: { dir: 'cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: (chunk) => `all/${cdnChunkName(chunk)}` },
    plugins: [compositeEntries(), ...plugins({ slices: false, name: 'cdn-all', minify: true })],
    treeshake,
    onwarn,
  },
  {
    input: 'src/loader.ts',
    output: { file: 'cdn/menneskehandel-widgets.js', format: 'es', sourcemap: true },
    plugins: [loaderManifest(), ...plugins({ slices: false, minify: true })],
    onwarn,
  },
];
