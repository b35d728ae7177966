// Rollup plugins of the script-tag build's loader: `cdnManifest` records, while the cdn build
// runs, each widget's module and the chunks it imports; `compositeEntries` then builds a widget
// that composes others (<mh-guide>) as one file; `loaderManifest` inlines the table into the
// loader (src/loader.ts imports it as 'mh:cdn-manifest'). They share that table, so they come
// from one call, and the builds must run in that order (rollup.config.js).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** `widgets`: every widget name (the registry). */
export function loaderPlugins(widgets) {
  const VERSION = /VERSION = '([^']+)'/.exec(readFileSync(new URL('src/version.ts', ROOT), 'utf8'))[1];
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
      const root = fileURLToPath(ROOT);
      // The host API travels with the widgets, so the loader can pass a host language to this graph too.
      // Every widget, not only the ones it composes: a page showing the guide and another widget
      // (a contact card beside it) then loads one copy of Lit and of the library, not two.
      const defines = [id.slice(COMPOSITE.length), ...widgets].map((name) => `import ${JSON.stringify(`${root}components/${name}/define.ts`)};`);
      return `${[...new Set(defines)].join('\n')}\nexport * from ${JSON.stringify(`${root}src/api.ts`)};`;
    },
  });
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
  return { cdnManifest, compositeEntries, loaderManifest };
}
