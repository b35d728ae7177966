// From custom-elements.json to form controls: which control each attribute gets, and the snippet
// the chosen values make. Pure functions (no DOM), so the rules are easy to read and to test.

/** Attributes the builder sets itself (the language has its own menu). */
const OWN = new Set(['lang']);

/**
 * The widgets in the manifest: `{ tag, summary, attributes: [{ name, kind, values, default,
 * description }] }`, in the manifest's order.
 * kind: `boolean` (a checkbox), `choice` (one of `values`), `multi` (any of `values`,
 * space-separated), `contact` / `contacts` (ids from the guide's contact list), `text`.
 */
export function widgetsFromManifest(manifest) {
  const widgets = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.customElement) continue;
      widgets.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).filter((attribute) => !OWN.has(attribute.name)).map(controlFor),
      });
    }
  }
  // The manifest's module order follows the file system; the menu (and its first, preselected
  // widget) must not.
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A manifest default as the attribute value it stands for (`'2'` → `2`, `''`/`null`/`false` → none). */
function defaultOf(attribute) {
  const raw = attribute.default;
  if (raw === undefined || raw === 'undefined' || raw === 'null' || raw === 'false' || raw === "''" || raw === '""') return '';
  return raw.replace(/^(['"])(.*)\1$/, '$2');
}

/** Values in backticks that look like attribute values (`adult`, `public organisation web`). */
function backtickedValues(description) {
  const values = [];
  for (const [, inside] of description.matchAll(/`([^`]+)`/g)) {
    for (const token of inside.split(/\s+/)) if (/^[a-z0-9][a-z0-9-]*$/.test(token) && !values.includes(token)) values.push(token);
  }
  return values;
}

function controlFor(attribute) {
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  const type = attribute.type?.text ?? 'string';
  const base = { name: attribute.name, description, default: defaultOf(attribute) };
  if (type === 'boolean') return { ...base, kind: 'boolean', values: [] };
  // `contact` takes one id of the guide's contact list, `ids` several: offered from content/, not
  // from a list in the description (the description gives examples, not every id).
  if (/^contact id/i.test(description)) return { ...base, kind: 'contact', values: [] };
  if (/contact ids/i.test(description)) return { ...base, kind: 'contacts', values: [] };
  // An address (`href`, `contacts-src`) is typed: its description names other attributes and tags
  // in backticks, which are not values to choose from.
  if (/(^|-)(href|src)$/.test(attribute.name)) return { ...base, kind: 'text', values: [] };
  const literals = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  const multi = /space-separated/i.test(description);
  let values = literals.length ? literals : /\be\.g\./.test(description) ? [] : backtickedValues(description);
  if (!values.length) {
    // A range such as "2–6" or "(1–8)": every number in it.
    const range = /\b(\d)\s*[–-]\s*(\d)\b/.exec(description);
    if (range) {
      values = [];
      for (let n = Number(range[1]); n <= Number(range[2]); n += 1) values.push(String(n));
    }
  }
  // A default outside the values ("Default https://www.yr.no") is shown as a hint, not offered.
  if (values.length) return { ...base, kind: multi ? 'multi' : 'choice', values };
  return { ...base, kind: 'text', values: [] };
}

/** `&`, `"`, `<` and `>` escaped, so a value typed into the builder cannot break out of its attribute. */
export function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The widget's tag with the chosen attributes: `[[name, value]]`, where `''` for a boolean means
 * present; attributes left at "not set" are not in the list.
 */
export function widgetTag(tag, attributes) {
  const parts = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`));
  return `<${tag}${parts.join('')}></${tag}>`;
}

/** The script-tag snippet: the loader, then the widget's tag. */
export function scriptSnippet(scriptSrc, tag, attributes) {
  return `<script type="module" src="${escapeAttribute(scriptSrc)}"></script>\n${widgetTag(tag, attributes)}\n`;
}
