/**
 * Style sheets for a widget moved into another document. Shared by every widget (MhElement calls
 * this when connected).
 */
import type { CSSResultOrNative, LitElement } from 'lit';

/** Style sheets rebuilt for another document (an iframe a widget was moved into), per document. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();
const restyled = new WeakSet<ShadowRoot>();

/**
 * A shadow root can only use style sheets made in its own document. A widget moved into another
 * document (`iframe.contentDocument.body.append(widget)`) would lose its styles: rebuild them
 * there (constructed sheets, so a strict style-src CSP still allows them), and restore Lit's own
 * when it comes back.
 */
export function adoptStylesFor(element: LitElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
  const doc = element.ownerDocument;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (doc === document) {
    if (restyled.delete(root)) root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    return;
  }
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  const built = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
      sheets.set(style, sheet);
    }
    return sheet;
  });
  root.adoptedStyleSheets = built;
  restyled.add(root);
}
