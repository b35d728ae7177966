// Fails early, with the fix, when a browser the tests need is missing or does not start. Starting
// each browser once, one after the other, before web-test-runner starts both at once also takes
// the first start of a fresh install (font cache, profile) out of the test run's launch timeout.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findBrowsers, launchOptions, BROWSER_LAUNCH_TIMEOUT_MS } from './browsers.js';

const { chromium, firefox } = findBrowsers();
const missing = [];
if (!chromium) missing.push('Chromium (set CHROME_PATH, or install it: apt-get install chromium)');
if (!firefox) missing.push('Firefox (set FIREFOX_PATH, or install it: apt-get install firefox-esr)');
if (missing.length) {
  console.error(`menneskehandel-widgets tests need real browsers. Not found:\n  - ${missing.join('\n  - ')}`);
  console.error('On Debian: apt-get update && apt-get install -y chromium firefox-esr');
  process.exit(1);
}

/** What a failed start most often comes down to on a CI machine: disk, shared memory, CPU. */
function machineFacts() {
  const run = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000 }).trim();
    } catch (error) {
      return `(${command} failed: ${error.message.split('\n')[0]})`;
    }
  };
  return [run('df', ['-h', '/tmp', '/dev/shm']), run('nproc', []), run('uptime', [])].join('\n');
}

const launch = launchOptions();
let failed = false;
for (const [name, options] of [['Chromium', launch.chromium], ['Firefox', launch.firefox]]) {
  const started = Date.now();
  try {
    const browser = await puppeteer.launch(options);
    try {
      const page = await browser.newPage();
      await page.goto('about:blank');
    } finally {
      await browser.close();
    }
    console.log(`Browsers: ${name} at ${options.executablePath} started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed = true;
    console.error(`Browsers: ${name} at ${options.executablePath} did not start within ${BROWSER_LAUNCH_TIMEOUT_MS / 1000} s (${((Date.now() - started) / 1000).toFixed(1)} s):\n${error.message}`);
  }
}
if (failed) {
  console.error(`The machine:\n${machineFacts()}`);
  process.exit(1);
}
