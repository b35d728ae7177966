// Explicit globs: without them the analyzer scans dist/ and node_modules.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

/**
 * Widgets register through src/define.ts (safe define), which the analyzer does not recognise as
 * customElements.define. Read each components/<name>/define.ts and mark the class it registers.
 */
function safeDefinePlugin() {
  const tags = new Map();
  for (const name of readdirSync('components')) {
    const file = `components/${name}/define.ts`;
    if (!existsSync(file)) continue;
    const match = /define\(\s*'([a-z0-9-]+)'\s*,\s*([A-Za-z0-9_]+)\s*\)/.exec(readFileSync(file, 'utf8'));
    if (match) tags.set(match[2], { tagName: match[1], module: file });
  }
  return {
    name: 'mh-safe-define',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag.tagName;
          declaration.customElement = true;
          module.exports = module.exports ?? [];
          module.exports.push({
            kind: 'custom-element-definition',
            name: tag.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['components/*/*.ts', 'src/base-element.ts'],
  exclude: [
    'components/*/examples.ts',
    'components/*/strings.ts',
    'components/*/strings.*.ts',
    'components/*/*.styles.ts',
    'components/*/define.ts',
  ],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [safeDefinePlugin()],
};
