/**
 * The text a reader gets from a widget, shadow roots included: styles, scripts and hidden
 * elements left out, and the open/closed badges, which the server leaves to the visitor's clock
 * (renderWidget without `now`), and the quick exit's help, which names the Shift shortcut only
 * once the script that makes it work has run. Shared by the hydration tests.
 */
export function readableText(node: Node): string {
  // nodeType, not instanceof: the nodes belong to the frame's realm.
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  let text = '';
  if (node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    if (['style', 'script', 'template'].includes(element.localName) || element.hasAttribute('hidden')) return '';
    if (element.classList.contains('badge') || element.classList.contains('help')) return '';
    if (element.shadowRoot) text += readableText(element.shadowRoot);
  }
  for (const child of node.childNodes) text += readableText(child);
  return text;
}
