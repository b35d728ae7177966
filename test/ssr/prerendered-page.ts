/**
 * Shared by the hydration tests: a prerendered page written into a same-origin frame, the console
 * capture it starts with, and the text a reader gets from it.
 */
import { expect } from '@open-wc/testing';

/** First in the page's head: warnings, errors, uncaught errors and rejections (Lit's hydration mismatches throw) into `window.captured`. */
export const CAPTURE = `<script>
window.captured = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => { window.captured.push(level + ': ' + args.map(String).join(' ')); original(...args); };
}
addEventListener('error', (event) => window.captured.push('error event: ' + event.message));
addEventListener('unhandledrejection', (event) => window.captured.push('unhandled rejection: ' + (event.reason && event.reason.message || event.reason)));
</script>`;

/**
 * A 1024 × 700 frame at a real address (not srcdoc: the guide writes its part into the URL) with
 * `html` written into it as served, declarative shadow roots included.
 */
export async function writeIntoFrame(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/ssr/pages/blank.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  expect(doc, 'the frame is same-origin').to.not.equal(null);
  doc!.open();
  doc!.write(html);
  doc!.close();
  return frame;
}

/**
 * The text a reader gets from a widget, shadow roots included: styles, scripts and hidden
 * elements left out, and the open/closed badges, which the server leaves to the visitor's clock
 * (renderWidget without `now`), and the quick exit's help, which names the Shift shortcut only
 * once the script that makes it work has run.
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
