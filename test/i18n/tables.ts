/**
 * Every UI strings table, by key, in every built-in language: nb from the table's strings.ts,
 * the others from its strings.<lang>.ts. Read from the registry (src/widgets.json): a shared key
 * lives in src/<key>/, a widget's own in components/<name>/, so a new widget or language needs
 * no line here.
 */
import { BUILTIN_LANGUAGES, SHARED_STRING_KEYS, WIDGETS } from '../../src/widgets.js';
import type { UiKey } from '../../src/strings.js';

export type Table = Record<string, unknown>;

/** The built-in languages other than nb (the translations), from the registry. */
export const TRANSLATED_LANGUAGES: readonly string[] = BUILTIN_LANGUAGES.filter((code) => code !== 'nb');
type TableSet = Record<string, Table> & { nb: Table; nn: Table; en: Table };

/** The folder of each key's strings.ts (the path is built, so the dev server is asked for the .ts files). */
const FOLDERS: [key: UiKey, folder: string][] = [
  ...SHARED_STRING_KEYS.map((key): [UiKey, string] => [key, `src/${key}`]),
  ...WIDGETS.filter((widget) => !SHARED_STRING_KEYS.includes(widget.strings)).map((widget): [UiKey, string] => [widget.strings, `components/${widget.name}`]),
];

async function tableSet(folder: string): Promise<TableSet> {
  const nb = (await import(`../../${folder}/strings.ts`)) as { strings: (lang: string) => Table };
  const set: Record<string, Table> = { nb: nb.strings('nb') };
  for (const lang of TRANSLATED_LANGUAGES) {
    const module = (await import(`../../${folder}/strings.${lang}.ts`)) as Record<string, Table | undefined>;
    const table = module[lang];
    if (!table) throw new Error(`${folder}/strings.${lang}.ts exports no \`${lang}\` table`);
    set[lang] = table;
  }
  return set as TableSet;
}

export const TABLES: Readonly<Record<UiKey, TableSet>> = Object.fromEntries(
  await Promise.all(FOLDERS.map(async ([key, folder]) => [key, await tableSet(folder)] as const)),
);

/** The tables of a key (a registry key), or a thrown error naming it. */
export function tablesOf(key: UiKey): TableSet {
  const found = TABLES[key];
  if (!found) throw new Error(`no UI strings table for ${key} (src/widgets.json)`);
  return found;
}

/** Every plain string of a table (not the functions: their output depends on arguments). */
export function plainStrings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (Array.isArray(table)) return table.flatMap(plainStrings);
  if (table && typeof table === 'object') return Object.values(table).flatMap(plainStrings);
  return [];
}

/**
 * Text and labelling attributes of an element's shadow tree, nested shadow roots included.
 * Node types, not instanceof: the tree may live in an iframe's realm.
 */
export function renderedText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    if (node.nodeType === Node.ELEMENT_NODE && 'getAttribute' in node) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}
