// Finds Debian's browsers, or the ones named by CHROME_PATH / FIREFOX_PATH.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function pick(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findBrowsers() {
  return { chromium: pick('CHROME_PATH', CHROMIUM_CANDIDATES), firefox: pick('FIREFOX_PATH', FIREFOX_CANDIDATES) };
}
