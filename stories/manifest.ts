/**
 * Reading custom-elements.json (built by `npm run analyze`) and the widgets' stylesheets, for the
 * Storybook controls, the Theming page and the token test. No widget code imports this.
 */

export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
}
export interface ManifestCssProperty {
  name: string;
  description?: string;
  default?: string;
}
export interface ManifestElement {
  tagName?: string;
  name?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: ManifestCssProperty[];
}
export interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

/** The manifest entry of one widget (`mh-…`). */
export function manifestElement(manifest: Manifest, tag: string): ManifestElement | undefined {
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

/** Every widget entry, by tag. */
export function manifestElements(manifest: Manifest): ManifestElement[] {
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName?.startsWith('mh-'));
}

/** One documented custom property across widgets: its first description and who uses it. */
export interface DocumentedToken {
  name: string;
  description: string;
  tags: string[];
}

/** Every `--mh-*` property the manifest documents, sorted by name. */
export function documentedTokens(manifest: Manifest): DocumentedToken[] {
  const tokens = new Map<string, DocumentedToken>();
  // A base class (MhElement) describes a shared token for every widget; a widget's own line may be narrower.
  const shared = new Map<string, string>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName) continue;
    for (const property of declaration.cssProperties ?? []) if (property.description) shared.set(property.name, property.description);
  }
  for (const element of manifestElements(manifest)) {
    for (const property of element.cssProperties ?? []) {
      if (!property.name.startsWith('--mh-')) continue;
      const token = tokens.get(property.name) ?? { name: property.name, description: shared.get(property.name) ?? property.description ?? '', tags: [] };
      token.tags.push(element.tagName!);
      tokens.set(property.name, token);
    }
  }
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every `var(--mh-…[, fallback])` in a stylesheet: name → fallback (the first one found; `''` when
 * it has none). The fallback may itself hold var() and light-dark(), so brackets are balanced.
 */
export function tokenUses(cssText: string): Map<string, string> {
  const uses = new Map<string, string>();
  const pattern = /var\(\s*(--mh-[a-z0-9-]+)\s*(,)?/g;
  for (let match = pattern.exec(cssText); match; match = pattern.exec(cssText)) {
    let fallback = '';
    if (match[2]) {
      let depth = 1;
      let end = pattern.lastIndex;
      for (; end < cssText.length && depth > 0; end += 1) {
        if (cssText[end] === '(') depth += 1;
        else if (cssText[end] === ')') depth -= 1;
      }
      fallback = cssText.slice(pattern.lastIndex, end - 1).trim();
    }
    const name = match[1] ?? '';
    if (!uses.has(name)) uses.set(name, fallback);
  }
  return uses;
}

type StyleLike = { cssText?: string; cssRules?: CSSRuleList };

/** The CSS text of a registered widget's own styles (base styles included, nested widgets not). */
export function widgetStyleText(tag: string): string {
  const element = customElements.get(tag) as unknown as { elementStyles?: StyleLike[] } | undefined;
  return (element?.elementStyles ?? [])
    .map((style) => style.cssText ?? [...(style.cssRules ?? [])].map((rule) => rule.cssText).join('\n'))
    .join('\n');
}
