/**
 * The token table of the Theming page: every `--mh-*` custom property from custom-elements.json
 * with its default, what it affects, which widgets use it and a live sample that follows the
 * theme switcher. Also read by test/tokens.test.ts.
 */
import manifestJson from '../custom-elements.json';
import { documentedTokens, tokenUses, widgetStyleText, type DocumentedToken, type Manifest } from './manifest.js';

const manifest = manifestJson as unknown as Manifest;

/** The shared private tokens of src/styles/base.ts: `--_accent` → `--mh-accent`. */
function privateTokens(cssText: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, own = '', shared = ''] of cssText.matchAll(/(--_[a-z-]+)\s*:\s*var\(\s*(--mh-[a-z0-9-]+)/g)) if (!names.has(own)) names.set(own, shared);
  return names;
}

/** Default of a token: the fallback its first user gives, with `var(--_x)` named as the public token. */
export function tokenDefault(token: DocumentedToken): string {
  for (const tag of token.tags) {
    const css = widgetStyleText(tag);
    const fallback = tokenUses(css).get(token.name);
    if (fallback === undefined) continue;
    const names = privateTokens(css);
    const named = fallback.replace(/var\((--_[a-z-]+)\)/g, (whole, name: string) => (names.has(name) ? `the value of ${names.get(name)}` : whole));
    const schemes = /^light-dark\((.+),\s*([^,]+)\)$/.exec(named);
    return schemes ? `${schemes[1]}; dark scheme: ${schemes[2]}` : named || 'none (unset)';
  }
  return '';
}

/** A CSS value that shows the token's effect outside a widget: the host's value, else the default. */
function swatchValue(token: DocumentedToken): string | undefined {
  for (const tag of token.tags) {
    const css = widgetStyleText(tag);
    const fallback = tokenUses(css).get(token.name);
    if (fallback === undefined) continue;
    // Resolve var(--_x) to the base default it stands for.
    const names = privateTokens(css);
    const resolved = fallback.replace(/var\((--_[a-z-]+)\)/g, (whole, name: string) => {
      const publicName = names.get(name);
      const base = publicName ? tokenUses(css).get(publicName) : undefined;
      return publicName && base ? `var(${publicName}, ${base})` : whole;
    });
    return `var(${token.name}${resolved ? `, ${resolved}` : ''})`;
  }
  return undefined;
}

function cell(tag: 'td' | 'th', content: string | Node, scope?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (scope) element.scope = scope;
  element.append(content);
  return element;
}

function code(text: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = text;
  return element;
}

/** A live sample: colour tokens as a swatch, radius and spacing as a box, others as text. */
function sample(token: DocumentedToken): Node {
  const value = swatchValue(token);
  const box = document.createElement('span');
  box.className = 'mh-token-sample';
  box.setAttribute('aria-hidden', 'true');
  box.style.display = 'inline-block';
  box.style.minWidth = '2.5rem';
  box.style.height = '1.5rem';
  box.style.border = '1px solid currentColor';
  if (!value) return box;
  if (/radius/.test(token.name)) box.style.borderRadius = value;
  else if (/spacing/.test(token.name)) {
    box.style.minWidth = '0';
    box.style.width = value;
    box.style.background = 'currentColor';
  } else if (/color|accent|surface|background/.test(token.name)) box.style.background = value;
  else return document.createTextNode('');
  return box;
}

/** The token table (also read by test/tokens.test.ts: one row per documented token). */
export function tokenTable(): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'mh-token-table';
  const caption = document.createElement('caption');
  caption.textContent = 'Every --mh-* custom property (from custom-elements.json). Swatches follow the theme switcher.';
  table.append(caption);
  const head = table.createTHead().insertRow();
  for (const title of ['Custom property', 'Default', 'What it affects', 'Widgets', 'Sample']) head.append(cell('th', title, 'col'));
  const body = table.createTBody();
  for (const token of documentedTokens(manifest)) {
    const row = body.insertRow();
    row.dataset.token = token.name;
    row.append(cell('th', code(token.name), 'row'));
    row.append(cell('td', code(tokenDefault(token))));
    row.append(cell('td', token.description));
    row.append(cell('td', token.tags.length >= 9 ? 'all' : token.tags.map((tag) => `<${tag}>`).join(', ')));
    row.append(cell('td', sample(token)));
  }
  return table;
}

export function styleTable(table: HTMLTableElement): HTMLTableElement {
  table.style.borderCollapse = 'collapse';
  table.style.width = '100%';
  for (const element of table.querySelectorAll<HTMLElement>('th, td')) {
    element.style.textAlign = 'start';
    element.style.verticalAlign = 'top';
    element.style.padding = '0.4rem 0.5rem';
    element.style.borderBottom = '1px solid rgba(127, 127, 127, 0.55)';
  }
  const caption = table.querySelector('caption');
  if (caption) {
    caption.style.textAlign = 'start';
    caption.style.paddingBottom = '0.5rem';
  }
  return table;
}

