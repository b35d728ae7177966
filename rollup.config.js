// Builds the one-script bundle and one module per widget (shared chunks allowed), minified,
// with Lit's production build and the nb content inlined.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/rollup-minify-css.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const widgets = readdirSync('components').filter((name) => existsSync(`components/${name}/define.ts`));

const plugins = () => [
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
    input: 'src/index.ts',
    output: { file: 'dist/menneskehandel-widgets.js', format: 'es', sourcemap: true },
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
