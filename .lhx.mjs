// throwaway: observed timings for the prerendered and static pages
import { startDevServer } from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { findBrowsers } from './scripts/browsers.js';
import { brotli, demoRoutes } from './scripts/demo-routes.js';
const { chromium } = findBrowsers();
const server = await startDevServer({ config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [brotli, demoRoutes] }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const port = server.server.address().port;
const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const pages = (process.argv[2] ?? 'prerendered,static').split(',');
for (const id of pages) {
  const url = `http://127.0.0.1:${port}/demo/${id === 'script-tag' ? '' : id + '.html'}`;
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = r.lhr;
  writeFileSync(`/tmp/lhx/${id}.json`, JSON.stringify(lhr));
  const m = lhr.audits.metrics.details.items[0];
  console.log(`\n== ${id}: perf ${lhr.categories.performance.score} LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} FCP ${Math.round(lhr.audits['first-contentful-paint'].numericValue)} TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)}`);
  console.log(`observed FCP ${m.observedFirstContentfulPaint} LCP ${m.observedLargestContentfulPaint} load ${m.observedLoad} DCL ${m.observedDomContentLoaded}`);
  for (const it of lhr.audits['network-requests'].details.items) console.log(`  ${it.networkRequestTime?.toFixed(0)}-${it.networkEndTime?.toFixed(0)} ${it.priority} ${it.transferSize} ${it.url.replace(/^http:\/\/127.0.0.1:\d+/, '')}`);
  const tasks = lhr.audits['main-thread-tasks'].details.items.filter((t) => t.startTime < m.observedLargestContentfulPaint + 50 || t.duration > 30);
  for (const t of tasks) console.log(`  task ${t.startTime.toFixed(0)} +${t.duration.toFixed(0)}`);
}
await chrome.kill(); await server.stop(); process.exit(0);
