// Rollup plugin: records, per output chunk, the nb content it carries (for `npm run size`, which
// gives every page its own floor: Lit plus its content). Written outside dist/, so it never ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CONTENT_FLOOR_DIR } from '../content-floor.js';
import { PART } from './split-content.js';
import { SLICE } from './content-slice.js';

/**
 * For `npm run size`: the nb content each output chunk carries (the rendered content modules,
 * before minification), so the size report can give every output its own floor (Lit plus its
 * content) instead of comparing a widget against the whole guide. Written outside dist/ so it
 * never ships.
 */
const isContentModule = (id) => /\/content\/nb\/[^/]+\.json$/.test(id) || id.startsWith(PART) || id.startsWith(SLICE);
export const contentFloorReport = (name) => ({
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
