/**
 * The registry (src/widgets.json) for TypeScript: every widget's name, tag and UI-string key, and
 * the built-in languages. Data only: src/ never imports a widget, so nothing here loads one.
 */
// Named imports, so a bundle keeps only the lists it uses.
import { languages, sharedStrings, widgets } from './widgets.json';

export interface WidgetEntry {
  /** Folder under components/ and the tag without `mh-`. */
  name: string;
  /** `mh-<name>`. */
  tag: `mh-${string}`;
  /** Key of the widget's UI-string table (a shared key, such as "contact", for a table in src/). */
  strings: string;
}

export const WIDGETS: readonly WidgetEntry[] = widgets.map((widget) => ({ ...widget, tag: `mh-${widget.name}` as const }));

/** Every language the library ships: nb is the source and in every bundle, the others load on first use. */
export const BUILTIN_LANGUAGES = languages as readonly string[];

/** Keys of the UI-string tables that live in src/ and are shared by several widgets. */
export const SHARED_STRING_KEYS = sharedStrings as readonly string[];

/** Every UI-string key a locale's `ui` may name: the shared tables and each widget's own. */
export const UI_STRING_KEYS: readonly string[] = [...new Set([...SHARED_STRING_KEYS, ...WIDGETS.map((widget) => widget.strings)])].sort();
