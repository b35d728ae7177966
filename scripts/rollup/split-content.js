// Rollup plugin: each top-level key of an nb content file becomes its own module, so rollup can
// put a widget's part of a file in its own chunk. Also exports what content-floor.js needs to tell
// content modules apart.
import { readFileSync } from 'node:fs';

/**
 * Each top-level key of an nb content file becomes its own module, so rollup can put a widget's
 * part (the four steps, the age rule) in a chunk of its own instead of sharing the whole file
 * with every widget that uses another part. The source still imports the JSON file as usual.
 */
const SPLIT = '?mh-split';
export const PART = '\0mh-part:';
const isIdentifier = (key) => /^[A-Za-z_$][\w$]*$/.test(key);
export const splitContent = () => ({
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
