// Fails early, with the fix, when a browser the tests need is missing.
import { findBrowsers } from './browsers.js';

const { chromium, firefox } = findBrowsers();
const missing = [];
if (!chromium) missing.push('Chromium (set CHROME_PATH, or install it: apt-get install chromium)');
if (!firefox) missing.push('Firefox (set FIREFOX_PATH, or install it: apt-get install firefox-esr)');
if (missing.length) {
  console.error(`menneskehandel-widgets tests need real browsers. Not found:\n  - ${missing.join('\n  - ')}`);
  console.error('On Debian: apt-get update && apt-get install -y chromium firefox-esr');
  process.exit(1);
}
console.log(`Browsers: Chromium at ${chromium}, Firefox at ${firefox}`);
