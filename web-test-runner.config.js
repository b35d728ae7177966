// Tests run in Debian's Chromium and Firefox ESR (never a test tool's own browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { launchOptions } from './scripts/browsers.js';
import { defaultReporter } from '@web/test-runner';
import { timingsReporter } from './test/reporters/timings.js';
import { demoRoutes } from './scripts/demo-routes.js';

/** The policy a strict host page sends; the widgets must render under it with no violation. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const VERSION = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];

/**
 * Integration pages: CSP header on pages named *csp*.html, and a copy of the script-tag build
 * that claims another version (`/test-versions/<version>/cdn/…`: another install of the library
 * in another folder), to test two versions of the library on one page. `/test-missing-chunks/…`
 * serves the build as a host that copied only the entry: the chunks loaded on demand (nn, en and
 * the local-contacts checker) answer 404.
 */
async function integrationMiddleware(ctx, next) {
  const missingChunks = /^\/test-missing-chunks(\/(?:dist|cdn|node_modules)\/[\w/.@-]+\.js)$/.exec(ctx.path);
  if (missingChunks && !missingChunks[1].includes('..')) {
    if (/\/(?:en|nn|host-contacts)-[\w-]+\.js$/.test(missingChunks[1])) {
      ctx.status = 404;
      ctx.body = 'Not copied';
      return;
    }
    ctx.path = missingChunks[1];
  }
  const asVersion = /^\/test-versions\/([\w.-]+)\/(cdn\/[\w/.-]+\.js)$/.exec(ctx.path);
  if (asVersion && !asVersion[2].includes('..')) {
    ctx.type = 'application/javascript';
    ctx.body = readFileSync(asVersion[2], 'utf8').replaceAll(`"${VERSION}"`, JSON.stringify(asVersion[1]));
    return;
  }
  await next();
  if (/^\/test\/integration\/pages\/[^/]*csp[^/]*\.html$/.test(ctx.path)) {
    // Trusted Types required: with Lit's policy allowed (any CSP page with ?trusted-types=lit-html),
    // or none allowed (*-refused).
    const allowed = ctx.path.includes('trusted-types-refused') ? "'none'" : ctx.query['trusted-types'] === 'lit-html' ? 'lit-html' : undefined;
    const trustedTypes = allowed ? `; require-trusted-types-for 'script'; trusted-types ${allowed}` : '';
    ctx.set('Content-Security-Policy', STRICT_CSP + trustedTypes);
  }
}

/**
 * Data files under test/fixtures/ served as the files they are (a host's contacts file for
 * `contacts-src`): the esbuild plugin would otherwise turn a .json file into a JS module, and a
 * missing one answers 404 as on a real host.
 */
async function fixtureFilesMiddleware(ctx, next) {
  const match = /^\/test\/fixtures\/([\w/.-]+\.json)$/.exec(ctx.path);
  if (!match || match[1].includes('..')) return next();
  try {
    ctx.body = readFileSync(`test/fixtures/${match[1]}`, 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
    ctx.body = 'Not found';
  }
}

/** CDP sessions kept open per page: Chromium drops a session's emulation when it detaches. */
const forcedColorsSessions = new WeakMap();

/**
 * `executeServerCommand('mh-emulate-forced-colors', { value: 'active' | 'none' })`: real
 * forced-colors emulation over CDP, which Puppeteer's emulateMediaFeatures does not offer.
 * Returns false where there is no CDP (Firefox over WebDriver BiDi); the test then falls back.
 */
const emulateForcedColorsPlugin = {
  name: 'mh-emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'mh-emulate-forced-colors') return undefined;
    const value = payload?.value;
    if (value !== 'active' && value !== 'none') throw new Error(`mh-emulate-forced-colors: value must be 'active' or 'none', got ${JSON.stringify(value)}`);
    if (session.browser.type !== 'puppeteer') return false;
    const page = session.browser.getPage(session.id);
    if (page.browser().protocol !== 'cdp') return false;
    let cdp = forcedColorsSessions.get(page);
    if (!cdp || cdp.detached) {
      cdp = await page.createCDPSession();
      forcedColorsSessions.set(page, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

/**
 * `executeServerCommand('mh-tab-journey', { key: 'Tab' | 'Shift+Tab', limit })`: presses the key
 * up to `limit` times from the server, and after each press calls the page's
 * `window.mhFocusJourneyStep()`, which checks the new focus (waiting a frame where it needs to)
 * and answers 'next', 'done' or 'stop'. The same real key presses as sendKeys, without a
 * browser-to-server round trip for each. A command answers within about 5 s (the runner gives a
 * command 20 s), so a long journey takes several: returns `{ presses, ended }` (`ended`: the page
 * answered 'done' or 'stop'), or false where Puppeteer does not drive the browser (the test then
 * presses with sendKeys).
 */
const JOURNEY_BUDGET_MS = 5000;
const tabJourneyPlugin = {
  name: 'mh-tab-journey',
  async executeCommand({ command, payload, session }) {
    if (command !== 'mh-tab-journey') return undefined;
    const key = payload?.key;
    const limit = payload?.limit;
    if ((key !== 'Tab' && key !== 'Shift+Tab') || !Number.isInteger(limit) || limit < 1) {
      throw new Error(`mh-tab-journey: key must be 'Tab' or 'Shift+Tab' and limit a positive integer, got ${JSON.stringify(payload)}`);
    }
    if (session.browser.type !== 'puppeteer') return false;
    const page = session.browser.getPage(session.id);
    // Over CDP, key down and key up go out together (one round trip; the Input domain keeps their
    // order); over WebDriver BiDi (Firefox) one after the other, as sendKeys does.
    const pipelined = page.browser().protocol === 'cdp';
    const pressTab = () => (pipelined ? Promise.all([page.keyboard.down('Tab'), page.keyboard.up('Tab')]) : page.keyboard.press('Tab'));
    const start = Date.now();
    // Shift is held through the whole backward run, as a person holding it would.
    if (key === 'Shift+Tab') await page.keyboard.down('Shift');
    try {
      let presses = 0;
      while (presses < limit && Date.now() - start < JOURNEY_BUDGET_MS) {
        await pressTab();
        presses += 1;
        const answer = await page.evaluate(() => window.mhFocusJourneyStep());
        if (answer !== 'next') return { presses, ended: true };
      }
      return { presses, ended: false };
    } finally {
      if (key === 'Shift+Tab') await page.keyboard.up('Shift');
    }
  },
};

/** Backend node ids of every element carrying `data-mh-ax-id`, in the page, shadow roots and frames. */
function markedNodes(node, out = new Map()) {
  const attributes = node.attributes ?? [];
  for (let index = 0; index < attributes.length; index += 2) {
    if (attributes[index] === 'data-mh-ax-id') out.set(node.backendNodeId, attributes[index + 1]);
  }
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) markedNodes(child, out);
  return out;
}

/**
 * `executeServerCommand('mh-ax-names')`: the role and accessible name Chromium's accessibility
 * tree gives each element marked `data-mh-ax-id="…"` (CDP Accessibility.getFullAXTree; shadow
 * roots included). Returns `{ [id]: { role, name, description } }`, or false where there is no
 * CDP (Firefox).
 */
const accessibleNamesPlugin = {
  name: 'mh-ax-names',
  async executeCommand({ command, session }) {
    if (command !== 'mh-ax-names') return undefined;
    // false, not null: web-test-runner takes null/undefined for "command not handled".
    if (session.browser.type !== 'puppeteer') return false;
    const page = session.browser.getPage(session.id);
    if (page.browser().protocol !== 'cdp') return false;
    const cdp = await page.createCDPSession();
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const marked = markedNodes(root);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const result = {};
      for (const node of nodes) {
        const id = marked.get(node.backendDOMNodeId);
        if (id === undefined || node.ignored) continue;
        result[id] = { role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '' };
      }
      return result;
    } finally {
      await cdp.detach();
    }
  },
};

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const launch = launchOptions();
const only = process.env.MH_BROWSERS?.split(',');

const browsers = [];
if (launch.chromium && (!only || only.includes('chromium'))) {
  browsers.push(chromeLauncher({ launchOptions: launch.chromium }));
}
if (launch.firefox && (!only || only.includes('firefox'))) {
  browsers.push(chromeLauncher({ puppeteer, launchOptions: launch.firefox }));
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // demoRoutes: the snippet builder's /demo/render endpoint (test/builder.test.ts).
  middleware: [integrationMiddleware, fixtureFilesMiddleware, demoRoutes],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig }), emulateForcedColorsPlugin, accessibleNamesPlugin, tabJourneyPlugin],
  browsers,
  // MH_TIMINGS=1 (or =file.json): wall time per file and browser after the run.
  // MH_RESULTS=file.json (set by scripts/test-browsers.js for each shard): the same rows, written only.
  reporters: [
    defaultReporter(),
    ...(process.env.MH_TIMINGS ? [timingsReporter({ output: process.env.MH_TIMINGS === '1' ? undefined : process.env.MH_TIMINGS })] : []),
    ...(process.env.MH_RESULTS ? [timingsReporter({ output: process.env.MH_RESULTS, print: false })] : []),
  ],
  // Tuned for 2 cores: one test page per browser, both browsers at once (two pages in all). More
  // pages per browser would share keyboard focus and the CPU that axe needs.
  concurrency: 1,
  concurrentBrowsers: 2,
  // Opening a page takes seconds when the machine is busy; 30 s (the default) was seen to fail.
  browserStartTimeout: 90_000,
  // Each test is short (one example, one combination); the few long ones (keyboard journeys, the
  // whole guide) set their own limit with a reason.
  testFramework: { config: { timeout: 30000 } },
  // Per test file: the longest (the focus gate, the axe gate) take minutes on a loaded machine.
  testsFinishTimeout: 10 * 60 * 1000,
};
