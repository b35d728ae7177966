/**
 * Release gate: privacy. Uses every widget as a person would (every example; ticks, answers,
 * search, details, variant switches, phone links, the quick exit with navigation stubbed) and then
 * checks that nothing was stored and no request left the page. Each test watches and checks on
 * its own (one widget per test), so none depends on another's state or order.
 */
import { expect } from '@open-wc/testing';
import { deepElements, isRendered, renderGateExample, settled, stubQuickExits } from '../helpers/index.js';
import { WIDGETS } from './widgets.js';

interface Baseline {
  cookie: string;
  local: number;
  session: number;
  databases: string[];
}

async function databaseNames(): Promise<string[]> {
  // indexedDB.databases() is missing in some browsers (older Firefox ESR); then nothing to list.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  return (await indexedDB.databases()).map((database) => database.name ?? '').sort();
}

async function snapshot(): Promise<Baseline> {
  return {
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: await databaseNames(),
  };
}

/** Wraps the page's network APIs so any call made while widgets are used is recorded. */
function spyOnNetwork(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const originals = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return originals.fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    calls.push(`xhr ${method} ${String(url)}`);
    return (originals.open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL) => {
    calls.push(`beacon ${String(url)}`);
    return true;
  };
  window.WebSocket = function WebSocketSpy(url: string | URL) {
    calls.push(`websocket ${String(url)}`);
    throw new Error('blocked by the privacy gate');
  } as unknown as typeof WebSocket;
  window.EventSource = function EventSourceSpy(url: string | URL) {
    calls.push(`eventsource ${String(url)}`);
    throw new Error('blocked by the privacy gate');
  } as unknown as typeof EventSource;
  return {
    calls,
    restore: () => {
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      window.WebSocket = originals.WebSocket;
      window.EventSource = originals.EventSource;
    },
  };
}

const rendered = (element: HTMLElement, selector: string) =>
  deepElements(element).filter((node): node is HTMLElement => node.matches(selector) && isRendered(node));

/** Does what a person would do with the widget; quick-exit buttons are left for the end. Returns the phone links clicked. */
async function use(element: HTMLElement): Promise<number> {
  for (const summary of rendered(element, 'summary')) {
    summary.click();
    await settled(element);
  }
  for (const box of rendered(element, 'input[type="checkbox"]')) {
    if (box.isConnected) box.click();
  }
  await settled(element);
  for (const radio of rendered(element, 'input[type="radio"]')) {
    if (radio.isConnected) {
      radio.click();
      await settled(element);
    }
  }
  for (const field of rendered(element, 'input[type="search"], input[type="text"], textarea')) {
    (field as HTMLInputElement).value = 'rosa 22 33 11 60 navn@eksempel.no';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await settled(element);
  let phoneClicks = 0;
  for (const link of rendered(element, 'a[href^="tel:"], a[href^="mailto:"], a[href^="https:"], a[href^="#"]')) {
    if (!link.isConnected) continue;
    link.click();
    if (link.getAttribute('href')?.startsWith('tel:')) phoneClicks += 1;
  }
  await settled(element);
  for (const button of rendered(element, 'button')) {
    const host = (button.getRootNode() as ShadowRoot).host;
    if (host?.localName === 'mh-quick-exit' || !button.isConnected) continue;
    button.click();
    await settled(element);
  }
  return phoneClicks;
}

/** What one test saw while it used a widget: storage before, network calls, resource loads, call events. */
interface Watch {
  start: Baseline;
  network: ReturnType<typeof spyOnNetwork>;
  observed: PerformanceEntry[];
  calls: { number: string; keys: string[] }[];
  stop: () => void;
}

/** Starts watching storage, network and `mh-contact-call`; links may not navigate the test page. */
async function watch(): Promise<Watch> {
  const start = await snapshot();
  const observed: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => observed.push(...list.getEntries()));
  observer.observe({ type: 'resource', buffered: false });
  const network = spyOnNetwork();
  const calls: Watch['calls'] = [];
  const hash = location.hash;
  const originalPrint = window.print;
  window.print = () => {};
  // The widgets' own click handlers still run; only the navigation is prevented.
  const blockNavigation = (event: Event) => {
    const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
    if (anchor && !anchor.getAttribute('href')?.startsWith('#')) event.preventDefault();
  };
  const recordCall = (event: Event) => {
    const detail = (event as CustomEvent<{ id: string; number: string }>).detail;
    calls.push({ ...detail, keys: Object.keys(detail).sort() });
  };
  window.addEventListener('click', blockNavigation, true);
  window.addEventListener('mh-contact-call', recordCall);
  return {
    start,
    network,
    observed,
    calls,
    stop: () => {
      observer.disconnect();
      network.restore();
      window.print = originalPrint;
      window.removeEventListener('click', blockNavigation, true);
      window.removeEventListener('mh-contact-call', recordCall);
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    },
  };
}

/** Everything the gate promises, checked against what one test saw. */
async function expectNothingKeptOrSent(seen: Watch): Promise<void> {
  expect(seen.start.cookie, 'cookie before').to.equal('');
  expect(document.cookie, 'cookie after').to.equal('');
  expect(localStorage.length, `localStorage keys: ${Object.keys(localStorage).join(', ')}`).to.equal(seen.start.local);
  expect(sessionStorage.length, `sessionStorage keys: ${Object.keys(sessionStorage).join(', ')}`).to.equal(seen.start.session);
  expect(localStorage.length, 'localStorage').to.equal(0);
  expect(await databaseNames(), 'IndexedDB databases').to.deep.equal(seen.start.databases);
  expect(seen.network.calls, 'fetch/XHR/beacon/WebSocket/EventSource calls').to.deep.equal([]);
  // Loading a language or the host-contact validator on first use fetches the library's own
  // modules (chunks in dist/) from the page's origin; nothing else may be requested.
  const notModules = seen.observed
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin !== location.origin || !/\.(?:m?js|ts|json)$/.test(url.pathname) || url.href.includes('eksempel') || url.href.includes('rosa'))
    .map((url) => url.href);
  expect(notModules, 'requests other than the library loading its own modules').to.deep.equal([]);
  const foreign = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => new URL(name).origin !== location.origin);
  expect(foreign, 'requests to other origins').to.deep.equal([]);
  // mh-contact-call tells the host only which contact and number, nothing the person entered.
  for (const call of seen.calls) {
    expect(call.keys, 'mh-contact-call detail keys').to.deep.equal(['id', 'number']);
    expect(call.number).to.match(/^\d{3,8}$/);
  }
}

describe('gate: privacy', () => {
  let seen: Watch | undefined;
  afterEach(() => {
    seen?.stop();
    seen = undefined;
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: every example used as a person would; nothing stored, nothing sent`, async function () {
      // The whole guide has many sections to open; a loaded 2-core machine needs the time.
      this.timeout(60_000);
      seen = await watch();
      const navigations: string[] = [];
      let phoneClicks = 0;
      for (const example of widget.examples) {
        const original = console.warn;
        console.warn = () => {};
        try {
          const element = await renderGateExample(example, 'nb');
          phoneClicks += await use(element);
          if (widget.tag === 'mh-quick-exit') {
            const log = stubQuickExits(element);
            element.shadowRoot!.querySelector('button')!.click();
            navigations.push(...log);
            // The exit hides and resets every widget and covers the page; undo that for the next example.
            for (const cover of document.querySelectorAll('[data-mh-quick-exit-cover]')) cover.remove();
            window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
          }
        } finally {
          console.warn = original;
        }
      }
      // Let any deferred write or request surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
      // It was really used: every phone link clicked reported one call; the quick exit left once per example.
      expect(seen.calls.length, 'mh-contact-call events, one per phone link clicked').to.equal(phoneClicks);
      if (widget.tag === 'mh-quick-exit') expect(navigations.length, 'quick exits triggered').to.equal(widget.examples.length);
      if (widget.tag === 'mh-contact-card' || widget.tag === 'mh-contact-list') expect(phoneClicks, 'phone links clicked').to.be.greaterThan(0);
      await expectNothingKeptOrSent(seen);
    });
  }
});
