// Framework typings generated from custom-elements.json, so they can not drift from the widgets:
// dist/types/react.d.ts (React 19 JSX IntrinsicElements) and dist/types/vue.d.ts (Vue
// GlobalComponents). Written by a plugin of custom-elements-manifest.config.js whenever the
// manifest is built (`npm run build` → `npm run analyze`); dist/ is never committed.
//
// Each tag gets: its public writable properties, typed from the element class itself (so
// `contacts` is `HostContacts`); its attributes that have no property of the same name (kebab
// case, e.g. `heading-level`, `color-scheme`); and one handler per event it fires, typed from
// HTMLElementEventMap (each widget's define.ts declares its events there). Events fired on
// `window` (the quick exit's) are not element events and get no handler prop.

/** An attribute type from the manifest that is self-contained TypeScript (no imported names). */
function attributeType(text) {
  if (!text) return 'string';
  const parts = text.split('|').map((part) => part.trim());
  const simple = parts.every((part) => /^(string|number|boolean|null|undefined|'[^']*'|"[^"]*")$/.test(part));
  return simple ? parts.filter((part) => part !== 'null' && part !== 'undefined').join(' | ') || 'string' : 'string';
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (letter) => letter.toUpperCase());

/** The widgets in the manifest: tag, class, define module, properties, extra attributes, events. */
export function widgetsOf(manifest) {
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const folder = /^components\/([^/]+)\//.exec(module.path)?.[1];
      if (!folder) continue;
      const properties = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .map((member) => member.name);
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => attribute.name !== 'lang' && !properties.includes(attribute.name))
        .map((attribute) => ({ name: attribute.name, type: attributeType(attribute.type?.text) }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name && !(event.description ?? '').startsWith('On `window`'))
        .map((event) => event.name);
      widgets.push({ tag: declaration.tagName, className: declaration.name, define: `./components/${folder}/define.js`, properties, attributes, events: [...new Set(events)] });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function header(widgets, framework) {
  return [
    '// Generated from custom-elements.json by scripts/framework-types.js. Do not edit.',
    framework,
    ...widgets.map((widget) => `import type { ${widget.className} } from '${widget.define}';`),
    '',
    '/** The event a widget dispatches as `name`, as declared in HTMLElementEventMap. */',
    'type MhEvent<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent<unknown>;',
  ];
}

/** React 19: properties and attributes as props, `onmh-…` event props (React adds those listeners on custom elements). */
export function reactTypes(manifest) {
  const widgets = widgetsOf(manifest);
  const lines = [
    ...header(widgets, "import type * as React from 'react';"),
    '',
    'type MhReactEvents<Names extends string> = { [Name in Names as `on${Name}`]?: (event: MhEvent<Name>) => void };',
    '/** Props of a widget in JSX: its properties, its own attributes, its events and the usual HTML props. */',
    'type MhReactProps<Element extends HTMLElement, Properties extends keyof Element, Attributes, Events extends string> = Omit<',
    '  React.HTMLAttributes<Element>,',
    '  Properties | keyof Attributes',
    '> &',
    '  React.RefAttributes<Element> & { key?: React.Key | null } & Partial<Pick<Element, Properties>> & Attributes & MhReactEvents<Events>;',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
  ];
  for (const widget of widgets) {
    const attributes = widget.attributes.map((attribute) => `${quoteKey(attribute.name)}?: ${attribute.type}`).join('; ');
    lines.push(`      '${widget.tag}': MhReactProps<${widget.className}, ${union(widget.properties)}, { ${attributes} }, ${union(widget.events)}>;`);
  }
  lines.push('    }', '  }', '}', '');
  return lines.join('\n');
}

/** Vue 3: GlobalComponents for `vue-tsc --strictTemplates` (props camelCase, events as `onMhX`). */
export function vueTypes(manifest) {
  const widgets = widgetsOf(manifest);
  const lines = [
    ...header(widgets, "import type { DefineComponent, HTMLAttributes } from 'vue';"),
    '',
    '/** Props of a widget in a template: its properties, its own attributes (camelCase, as Vue checks them), its events and the usual HTML attributes. */',
    'type MhVueProps<Element extends HTMLElement, Properties extends keyof Element, Attributes> = Omit<HTMLAttributes, Properties | keyof Attributes> &',
    '  Partial<Pick<Element, Properties>> &',
    '  Attributes;',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
  ];
  for (const widget of widgets) {
    const attributes = [
      // Vue checks `heading-level` as `headingLevel`: an attribute named like a property is that property.
      ...widget.attributes.filter((attribute) => !widget.properties.includes(camel(attribute.name))).map((attribute) => `${camel(attribute.name)}?: ${attribute.type}`),
      ...widget.events.map((event) => `on${pascal(event)}?: (event: MhEvent<'${event}'>) => void`),
    ].join('; ');
    lines.push(`    '${widget.tag}': DefineComponent<MhVueProps<${widget.className}, ${union(widget.properties)}, { ${attributes} }>>;`);
  }
  lines.push('  }', '}', '');
  return lines.join('\n');
}
