// Builds the one-script bundle and one module per widget (shared chunks allowed), minified,
// with Lit's production build and the nb content inlined. nn, en and the checkers for host data
// (zod) are chunks loaded on first use from the folder next to the script.
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
      byChunk[`${relative('dist', options.dir)}/${chunk.fileName}`.replace(/^\//, '')] = code;
    }
    mkdirSync(CONTENT_FLOOR_DIR, { recursive: true });
    writeFileSync(`${CONTENT_FLOOR_DIR}/content-${name}.json`, JSON.stringify(byChunk));
  },
});

// slices: only for the per-widget modules; the one-script bundle carries every contact anyway.
const plugins = ({ slices, name }) => [
  lazyCopy(),
  ...(slices ? [contentSlice()] : []),
  splitContent(),
  // "production" keeps Lit's dev-mode warnings out of the bundle.
  nodeResolve({ exportConditions: ['production'], browser: true }),
  json({ preferConst: true, compact: true }),
  minifyCssLiterals(),
  esbuild({ tsconfig, target: 'es2021', minify: false }),
  minifyHtmlLiterals(),
  terser({ ecma: 2021, module: true, toplevel: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
  contentFloorReport(name),
];

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

export default [
  {
    input: { 'menneskehandel-widgets': 'src/index.ts' },
    // A folder, not one file: nn, en and the checkers are chunks in dist/chunks/, loaded relative
    // to the script (same origin, same folder tree).
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins({ slices: false, name: 'bundle' }),
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
    plugins: plugins({ slices: true, name: 'components' }),
    treeshake,
    onwarn,
  },
];
