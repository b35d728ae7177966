// Rollup plugin (script-tag build only): a widget that links only the contacts its own content
// names gets, instead of src/content/named-contacts.ts with the whole of Del 8, its own copy with
// only those contacts. CONTENT_SLICES is the explicit manifest: per widget (a name from the
// registry), which contacts it needs. A widget that imports named-contacts.ts without an entry, an
// entry that is not a registered widget, or an id the contacts file lost fails the build; nothing
// depends on a file name but the one module widgets import.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGET_NAMES } from '../registry.js';

const ROOT = new URL('../../', import.meta.url);
const NAMED_CONTACTS = fileURLToPath(new URL('src/content/named-contacts.ts', ROOT));
const CONTACT_SLICE = fileURLToPath(new URL('src/content/contact-slice.ts', ROOT));
const CONTACTS_FILE = 'content/nb/contacts.json';

/** Contact ids a content file names (`contact: "rosa"`, `contacts: ["politiet"]`), at any depth. */
function namedContacts(file) {
  const ids = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'contact' && typeof item === 'string') ids.add(item);
        else if (key === 'contacts' && Array.isArray(item) && item.every((id) => typeof id === 'string')) item.forEach((id) => ids.add(id));
        else walk(item);
      }
    }
  };
  walk(JSON.parse(readFileSync(new URL(file, ROOT), 'utf8')));
  return [...ids];
}
const contactsNamedIn = (domain) => () => namedContacts(`content/nb/${domain}.json`);

/** Widget → the ids of the contacts it links. */
export const CONTENT_SLICES = {
  'conversation-guide': contactsNamedIn('conversation'),
  'indicator-checklist': () => ['alarmtelefonen'],
  'reporting-duty': contactsNamedIn('duties'),
  'rights-list': contactsNamedIn('rights'),
};

/** The getter module of a widget's slice, and the data it reads (the only part content-floor.js counts as content). */
const GETTER = '\0mh-slice:';
export const SLICE = '\0mh-slice-data:';

const widgetOf = (importer) => /\/components\/([^/]+)\//.exec(importer ?? '')?.[1];

export const contentSlice = () => ({
  name: 'mh-content-slice',
  buildStart() {
    for (const widget of Object.keys(CONTENT_SLICES)) {
      if (!WIDGET_NAMES.includes(widget)) this.error(`scripts/rollup/content-slice.js: "${widget}" is not a registered widget (src/widgets.json).`);
    }
  },
  async resolveId(source, importer, options) {
    if (source.startsWith(GETTER) || source.startsWith(SLICE)) return source;
    const widget = widgetOf(importer);
    if (!widget || !source.includes('named-contacts')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved?.id !== NAMED_CONTACTS) return resolved;
    if (!Object.hasOwn(CONTENT_SLICES, widget)) this.error(`${importer} imports named-contacts.ts, but scripts/rollup/content-slice.js has no CONTENT_SLICES entry for "${widget}".`);
    return GETTER + widget;
  },
  load(id) {
    if (id.startsWith(GETTER)) {
      const widget = id.slice(GETTER.length);
      return [
        `import { contactGetter } from ${JSON.stringify(CONTACT_SLICE)};`,
        `import nb from ${JSON.stringify(SLICE + widget)};`,
        'export const getContact = contactGetter(nb);',
      ].join('\n');
    }
    if (!id.startsWith(SLICE)) return null;
    const ids = CONTENT_SLICES[id.slice(SLICE.length)]();
    const items = JSON.parse(readFileSync(new URL(CONTACTS_FILE, ROOT), 'utf8')).contacts.filter((item) => ids.includes(item.id));
    // A slice that lost an id (renamed in the content) must fail the build, not ship without it.
    if (items.length !== ids.length) this.error(`${CONTACTS_FILE}: no contact with id ${ids.filter((x) => !items.some((item) => item.id === x)).join(', ')}`);
    return `export default ${JSON.stringify({ contacts: items })};`;
  },
});
