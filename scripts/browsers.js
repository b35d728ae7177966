// Finds Debian's browsers, or the ones named by CHROME_PATH / FIREFOX_PATH, and the options every
// launch uses (web-test-runner, scripts/check-browsers.js, the size and screenshot scripts).
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * How long Puppeteer waits for a browser to announce its endpoint. Its default (30 s) was missed
 * on a fresh CI machine where both browsers started at once for the first time.
 */
export const BROWSER_LAUNCH_TIMEOUT_MS = 180_000;

/** Headless Chromium on a machine whose only network is the package registries. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function pick(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findBrowsers() {
  return { chromium: pick('CHROME_PATH', CHROMIUM_CANDIDATES), firefox: pick('FIREFOX_PATH', FIREFOX_CANDIDATES) };
}

/** Puppeteer launch options for each browser found (undefined where none was found). */
export function launchOptions() {
  const { chromium, firefox } = findBrowsers();
  return {
    chromium: chromium && { executablePath: chromium, headless: true, args: CHROMIUM_ARGS, timeout: BROWSER_LAUNCH_TIMEOUT_MS },
    firefox: firefox && { browser: 'firefox', executablePath: firefox, headless: true, timeout: BROWSER_LAUNCH_TIMEOUT_MS },
  };
}
