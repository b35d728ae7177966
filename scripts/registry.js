// The widget registry (src/widgets.json) for Node scripts: the rollup config, the size script,
// the bench and the registry check read the widgets and languages from here, never from a list
// of their own.
import { readFileSync } from 'node:fs';

const registry = JSON.parse(readFileSync(new URL('../src/widgets.json', import.meta.url), 'utf8'));

/** Every widget: `{ name, tag, strings }`; `tag` is `mh-<name>`. */
export const WIDGETS = registry.widgets.map((widget) => ({ ...widget, tag: `mh-${widget.name}` }));
/** Widget names (folders under components/), in registry order. */
export const WIDGET_NAMES = WIDGETS.map((widget) => widget.name);
/** Built-in languages; the first (nb) is the source and in every bundle. */
export const LANGUAGES = registry.languages;
/** Languages that load on first use (every built-in language but nb). */
export const LAZY_LANGUAGES = LANGUAGES.filter((lang) => lang !== 'nb');
/** UI-string keys of the tables in src/ that several widgets share. */
export const SHARED_STRING_KEYS = registry.sharedStrings;
