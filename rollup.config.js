// Builds the one-script bundle and one module per widget (shared chunks allowed), minified,
// with Lit's production build and the nb content inlined. nn, en and the checkers for host data
// (zod) are chunks loaded on first use from the folder next to the script.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/rollup-minify-css.js';
import { generateLocaleContent } from './locales/generate.js';

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

const plugins = () => [
  lazyCopy(),
  // "production" keeps Lit's dev-mode warnings out of the bundle.
  nodeResolve({ exportConditions: ['production'], browser: true }),
  json({ preferConst: true, compact: true }),
  minifyCssLiterals(),
  esbuild({ tsconfig, target: 'es2021', minify: false }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

// zod's core has a harmless import cycle; every other warning is shown.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

// Content modules and zod declare schemas at top level; a widget that only loads data must not
// pay for them, so their unused declarations are dropped.
const treeshake = { moduleSideEffects: (id) => !/node_modules\/zod\/|\/src\/content\//.test(id) };

export default [
  {
    input: { 'menneskehandel-widgets': 'src/index.ts' },
    // A folder, not one file: nn, en and the checkers are chunks in dist/chunks/, loaded relative
    // to the script (same origin, same folder tree).
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
    treeshake,
    onwarn,
  },
  {
    input: Object.fromEntries(widgets.map((name) => [name, `components/${name}/define.ts`])),
    output: {
      dir: 'dist/components',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins(),
    treeshake,
    onwarn,
  },
];
