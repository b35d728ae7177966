// Rollup plugin: chunks loaded on first use (the checkers for host data, with zod) get their own
// copies of the few content loader modules they import, so they never import the entry script.
// Which importers count as "lazy" is the explicit list LAZY_IMPORTERS below; the build fails when
// one of them no longer exists, so a rename cannot silently turn the copy off.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Modules loaded only on first use whose content-loader imports are copied (a folder ends in /). */
export const LAZY_IMPORTERS = ['src/content/schemas/', 'src/content/host-contacts.ts', 'src/content/check-locale.ts'];
/** Content modules they may import as they are (not copied): the lazy modules themselves and the schema registry. */
const SHARED_AS_IS = ['src/content/host-contacts.ts', 'src/content/check-locale.ts', 'src/content/registry.ts'];

/**
 * Chunks loaded on first use must not import the entry script: a page that loads it with a query
 * (menneskehandel-widgets.js?ver=3, as CMSs do) would then run a second copy of the library.
 * The few loader modules the schemas import (for their id lists) are copied into the lazy chunk.
 */
const LAZY_COPY = '.mh-lazy-copy.ts';
export const lazyCopy = () => ({
  buildStart() {
    for (const path of LAZY_IMPORTERS) if (!existsSync(ROOT + path)) this.error(`scripts/rollup/lazy-copy.js: ${path} does not exist (renamed?); update LAZY_IMPORTERS.`);
  },
  name: 'mh-lazy-copy',
  async resolveId(source, importer, options) {
    if (!importer || !source.startsWith('.')) return null;
    const fromLazy = importer.endsWith(LAZY_COPY) || LAZY_IMPORTERS.some((path) => importer.startsWith(ROOT + path));
    if (!fromLazy) return null;
    const resolved = await this.resolve(source, importer.replace(LAZY_COPY, '.ts'), { ...options, skipSelf: true });
    if (!resolved || !/\/src\/content\/[^/]+\.ts$/.test(resolved.id) || SHARED_AS_IS.some((path) => resolved.id === ROOT + path)) return resolved;
    return resolved.id.replace(/\.ts$/, LAZY_COPY);
  },
  load(id) {
    return id.endsWith(LAZY_COPY) ? readFileSync(id.slice(0, -LAZY_COPY.length) + '.ts', 'utf8') : null;
  },
});
