// Runs in the page (bench/render.html). Results go to window.__benchResults for bench/run.js.
import { BENCH_CASES } from './widgets.js';

const params = new URLSearchParams(location.search);
const runs = Math.max(21, Number(params.get('runs')) || 31);
const stage = document.getElementById('stage');
const out = document.getElementById('out');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The element's rendered shadow DOM plus its adopted styles, as static HTML. */
function staticCopy(element) {
  const root = element.shadowRoot;
  const css = [...root.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  const inline = [...root.querySelectorAll('style')].length ? '' : `<style>${css}</style>`;
  return inline + root.innerHTML;
}

async function renderWidget(markup) {
  const host = document.createElement('div');
  stage.append(host);
  const start = performance.now();
  host.innerHTML = markup;
  const element = host.firstElementChild;
  await element.updateComplete;
  void host.offsetHeight; // force style and layout
  const time = performance.now() - start;
  return { host, element, time };
}

function insertStatic(html) {
  const start = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  host.attachShadow({ mode: 'open' }).innerHTML = html;
  void host.offsetHeight;
  const time = performance.now() - start;
  return { host, time };
}

async function measure(testCase) {
  // Warm-up: the first render also compiles templates and parses CSS once for the page.
  const warm = await renderWidget(testCase.markup);
  if (!warm.element.shadowRoot) throw new Error(`${testCase.name}: no shadow root; is the tag defined?`);
  const html = staticCopy(warm.element);
  warm.host.remove();
  insertStatic(html).host.remove();

  const widget = [];
  const plain = [];
  for (let i = 0; i < runs; i += 1) {
    // Alternate which goes first so drift (GC, thermal) hits both alike.
    if (i % 2 === 0) {
      const a = await renderWidget(testCase.markup);
      widget.push(a.time);
      a.host.remove();
      const b = insertStatic(html);
      plain.push(b.time);
      b.host.remove();
    } else {
      const b = insertStatic(html);
      plain.push(b.time);
      b.host.remove();
      const a = await renderWidget(testCase.markup);
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
  if (script) await import(script);
  const results = [];
  for (const testCase of BENCH_CASES) {
    const tag = /<([a-z][a-z0-9]*-[a-z0-9-]*)/.exec(testCase.markup)[1];
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
