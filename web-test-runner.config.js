// Tests run in Debian's Chromium and Firefox ESR (never a test tool's own browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './scripts/browsers.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const { chromium, firefox } = findBrowsers();
const only = process.env.MH_BROWSERS?.split(',');

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browsers = [];
if (chromium && (!only || only.includes('chromium'))) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs } }));
}
if (firefox && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig })],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
