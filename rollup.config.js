// Two builds, as Shoelace ships them (docs/size.md):
// - dist/ for bundlers (the npm `exports`): the main entry and one module per widget in ONE module
//   graph, importing `lit` and `zod` by their bare names, so an app bundles one copy of each and
//   of the library. Not minified (the app's bundler does that); CSS and HTML literals are.
// - cdn/ for the script tag: self-contained (Lit's production build bundled), minified. Its one
//   file, cdn/menneskehandel-widgets.js, is a loader (src/loader.ts) that imports only the widgets
//   a page shows and preloads their chunks; cdn/components/<widget>.js and cdn/api.js share chunks.
// Both carry the nb content inlined; nn, en and the checkers for host data (zod) are chunks
// loaded on first use from the folder next to the module that needs them.
// Every plugin lives in scripts/rollup/ with a header saying what it does.
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/rollup/minify-css.js';
import { minifyHtmlLiterals } from './scripts/rollup/minify-html.js';
import { lazyCopy } from './scripts/rollup/lazy-copy.js';
import { splitContent } from './scripts/rollup/split-content.js';
import { contentSlice } from './scripts/rollup/content-slice.js';
import { contentFloorReport } from './scripts/rollup/content-floor.js';
import { loaderPlugins } from './scripts/rollup/cdn-manifest.js';
import { isLanguageChunk, languageChunk } from './scripts/rollup/language-chunks.js';
import { WIDGET_NAMES } from './scripts/registry.js';
import { staticSnippets } from './scripts/rollup/static-snippets.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const widgets = WIDGET_NAMES;
const { cdnManifest, compositeEntries, loaderManifest } = loaderPlugins(widgets);

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

// zod's core has a harmless import cycle; every other warning is shown.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  // zod's sources carry comments rollup cannot place; they are dropped harmlessly.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

// Content modules and zod declare schemas at top level; a widget that only loads data must not
// pay for them, so their unused declarations are dropped.
const treeshake = { moduleSideEffects: (id) => !/node_modules\/zod\/|\/src\/content\/|\/src\/widgets\.(ts|json)$|mh-part:|mh-split|mh-slice/.test(id) };

/**
 * Short chunk names in cdn/: they are repeated in the loader's table and in every import. The
 * language chunks keep their name (nn-…, en-…), so a reader of the network log can tell them apart.
 */
const cdnChunkName = (chunk) => (isLanguageChunk(chunk.name) ? 'c/[name]-[hash].js' : 'c/[hash].js');

const componentInputs = (prefix) => Object.fromEntries(widgets.map((name) => [`${prefix}${name}`, `components/${name}/define.ts`]));

// Rollup runs these in order: the loader build reads the table the cdn build records.
export default [
  {
    input: { 'menneskehandel-widgets': 'index.ts', ssr: 'ssr.ts', ...componentInputs('components/') },
    external: (id) => NPM_EXTERNAL.test(id),
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: languageChunk },
    // dist/html/<widget>.<lang>.html: every example prerendered with dist/ssr.js (README, "Without a script tag").
    plugins: [...plugins({ slices: false, minify: false }), staticSnippets()],
    treeshake,
    onwarn,
  },
  {
    input: { api: 'src/api.ts', ...componentInputs('components/') },
    output: { dir: 'cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: cdnChunkName, manualChunks: languageChunk },
    plugins: [...plugins({ slices: true, name: 'cdn', minify: true }), cdnManifest()],
    treeshake,
    onwarn,
  },
  {
    input: {},
    output: { dir: 'cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: (chunk) => `all/${cdnChunkName(chunk)}`, manualChunks: languageChunk },
    plugins: [compositeEntries(), ...plugins({ slices: false, name: 'cdn-all', minify: true })],
    // The lazy chunks (hydration support, nn/en) may import Lit from all/<name>.js itself; without
    // this, rollup moves everything into a chunk behind a facade: one more wave for the page.
    preserveEntrySignatures: 'allow-extension',
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
