// Explicit globs: without them the analyzer scans dist/ and node_modules.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { WIDGET_NAMES } from './scripts/registry.js';
import { reactTypes, vueTypes } from './scripts/framework-types.js';

/**
 * Widgets register through src/define.ts (safe define), which the analyzer does not recognise as
 * customElements.define. Read each registered widget's components/<name>/define.ts and mark the class it registers.
 */
function safeDefinePlugin() {
  const tags = new Map();
  for (const name of WIDGET_NAMES) {
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

const isInternal = (member) =>
  member.privacy === 'private' || member.privacy === 'protected' || /^[_#]/.test(member.name ?? '');

/** A plugin that edits every class declaration once the manifest is linked. */
const classPlugin = (name, editClass) => ({
  name,
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') editClass(declaration);
    }
  },
});

/**
 * Keep the manifest (and the Storybook docs tables built from it) to the public API: drop private and
 * protected members, and `_`/`#`-prefixed ones, from every class, including the copies inherited from
 * MhElement, and attributes observed only to report misuse. Events, slots, css parts and css properties are left alone.
 */
const publicApiOnlyPlugin = () =>
  classPlugin('mh-public-api-only', (declaration) => {
    if (declaration.members) declaration.members = declaration.members.filter((member) => !isInternal(member));
    // An attribute observed only to catch misuse (the contact list's `contacts`, which a framework
    // writes as "[object Object]"; contacts are a property) has no field and no description: it is
    // not API, and the snippet builder and framework typings must not offer it.
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName || attribute.description);
  });

/**
 * A field initialised from a constant (`headingLevel = DEFAULT_HEADING_LEVEL`) gets the constant's value
 * as its default in the analyzer's resolve-initializers step, but the attribute copied from it earlier
 * keeps the bare identifier. Give such attributes the resolved default of their field.
 */
const attributeDefaultsPlugin = () =>
  classPlugin('mh-attribute-defaults', (declaration) => {
    for (const attribute of declaration.attributes ?? []) {
      if (!attribute.fieldName || !/^[A-Za-z_$][\w$]*$/.test(attribute.default ?? '')) continue;
      if (['true', 'false', 'null', 'undefined'].includes(attribute.default)) continue;
      const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
      if (field?.default !== undefined && field.default !== attribute.default) attribute.default = field.default;
    }
  });

/**
 * The React and Vue typings (package entries `menneskehandel-widgets/react` and `/vue`), generated
 * from the finished manifest into dist/types/, which `npm run types` has just written in a build.
 * Outside a build (typecheck, Storybook) there is no dist/types and nothing is written.
 */
const frameworkTypesPlugin = () => ({
  name: 'mh-framework-types',
  packageLinkPhase({ customElementsManifest }) {
    if (!existsSync('dist/types')) return;
    writeFileSync('dist/types/react.d.ts', reactTypes(customElementsManifest));
    writeFileSync('dist/types/vue.d.ts', vueTypes(customElementsManifest));
  },
});

export default {
  globs: ['components/*/*.ts', 'src/base-element.ts'],
  exclude: [
    'components/*/examples.ts',
    'components/*/*.stories.ts',
    'components/*/strings.ts',
    'components/*/strings.*.ts',
    'components/*/*.styles.ts',
    'components/*/define.ts',
  ],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [safeDefinePlugin(), publicApiOnlyPlugin(), attributeDefaultsPlugin(), frameworkTypesPlugin()],
};
