// Runs in the page (bench/render.html). Results go to window.__benchResults for bench/run.js.
import { benchCases } from './widgets.js';

const params = new URLSearchParams(location.search);
const runs = Math.max(21, Number(params.get('runs')) || 31);
const stage = document.getElementById('stage');
const out = document.getElementById('out');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A shadow root's adopted styles as one <style> element (static HTML has no adoptedStyleSheets). */
function styleOf(root) {
  const css = [...root.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  return [...root.querySelectorAll('style')].length ? '' : `<style>${css}</style>`;
}

/**
 * The element as static HTML: under a tag no script defines, with its rendered shadow DOM and
 * styles as a declarative shadow root. A widget inside it (the parts of <mh-guide>) is copied the
 * same way, so the static copy is the same page with no script at work.
 */
function staticElement(element) {
  const plain = document.createElement(`${element.localName}-static`);
  for (const attribute of element.attributes) plain.setAttribute(attribute.name, attribute.value);
  const template = document.createElement('template');
  template.setAttribute('shadowrootmode', 'open');
  template.innerHTML = staticCopy(element.shadowRoot);
  plain.append(template);
  for (const child of element.childNodes) plain.append(child.cloneNode(true));
  return plain.outerHTML;
}

/** A shadow root's content and styles as static HTML, nested widgets included. */
function staticCopy(root) {
  const copy = document.createElement('div');
  for (const child of root.childNodes) copy.append(child.cloneNode(true));
  const originals = [...root.querySelectorAll('*')];
  const clones = [...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    if (!original.shadowRoot) return;
    const holder = document.createElement('div');
    clones[index].replaceWith(holder);
    holder.outerHTML = staticElement(original);
  });
  return styleOf(root) + copy.innerHTML;
}

/** Until the element and every widget rendered inside it have rendered. */
async function settled(element) {
  await element.updateComplete;
  const nested = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((node) => node.updateComplete);
  await Promise.all(nested.map(settled));
}

async function renderWidget(markup) {
  const host = document.createElement('div');
  stage.append(host);
  const start = performance.now();
  host.innerHTML = markup;
  await Promise.all([...host.children].map(settled));
  void host.offsetHeight; // force style and layout
  const time = performance.now() - start;
  return { host, element: host.firstElementChild, time };
}

function insertStatic(html) {
  const start = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  // setHTMLUnsafe parses declarative shadow roots (innerHTML would not).
  host.setHTMLUnsafe(html);
  void host.offsetHeight;
  const time = performance.now() - start;
  return { host, time };
}

async function measure(testCase) {
  // Warm-up: the first render also compiles templates and parses CSS once for the page.
  const markup = testCase.markup.repeat(testCase.copies);
  const warm = await renderWidget(markup);
  if (!warm.element.shadowRoot) throw new Error(`${testCase.name}: no shadow root; is the tag defined?`);
  const html = [...warm.host.children].map(staticElement).join('');
  warm.host.remove();
  insertStatic(html).host.remove();

  const widget = [];
  const plain = [];
  for (let i = 0; i < runs; i += 1) {
    // Alternate which goes first so drift (GC, thermal) hits both alike.
    if (i % 2 === 0) {
      const a = await renderWidget(markup);
      widget.push(a.time);
      a.host.remove();
      const b = insertStatic(html);
      plain.push(b.time);
      b.host.remove();
    } else {
      const b = insertStatic(html);
      plain.push(b.time);
      b.host.remove();
      const a = await renderWidget(markup);
      widget.push(a.time);
      a.host.remove();
    }
    await new Promise((resolve) => setTimeout(resolve));
  }
  const widgetMedian = median(widget);
  const staticMedian = median(plain);
  return { name: testCase.name, runs, widgetMedian, staticMedian, ratio: widgetMedian / staticMedian, boxes: warm.element.shadowRoot.querySelectorAll('input[type="checkbox"]').length };
}

async function main() {
  const script = params.get('script');
  // The script-tag loader (cdn/) defines a widget once asked for it; an older one-file bundle, at once.
  const loaded = script ? await import(script) : undefined;
  const results = [];
  for (const testCase of await benchCases()) {
    const tag = /<([a-z][a-z0-9]*-[a-z0-9-]*)/.exec(testCase.markup)[1];
    if (loaded?.preloadWidget) await loaded.preloadWidget(tag);
    // A widget the bundle does not (yet) contain is measured from its source module, and says so.
    const fromSource = !customElements.get(tag);
    if (fromSource) await import(testCase.define);
    results.push({ ...(await measure(testCase)), fromSource });
  }
  window.__benchResults = results;
  out.textContent = JSON.stringify(results, null, 2);
}

main().catch((error) => {
  window.__benchError = String(error && error.stack ? error.stack : error);
  out.textContent = window.__benchError;
});
