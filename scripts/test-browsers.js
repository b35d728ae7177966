// The browser tests of `npm test` in parallel shards (issue #20). One web-test-runner process per
// shard, each with its own Chromium and Firefox on its own port: pages in one browser share
// keyboard focus (so web-test-runner.config.js keeps one page per browser), separate browsers do
// not. The files are shared out by the wall times in test/timings.json (longest first, each to the
// least loaded shard). Each shard's output is printed in full when it ends (failures included);
// then one line per browser in web-test-runner's own format, which .ci/run reads.
//
//   node scripts/test-browsers.js [files…]   all test files, or the ones given
//   MH_SHARDS=n                              shards (default 1: on an idle 2-core machine two shards
//                                            took 450 s against one's 418 s, and 20 % more CPU;
//                                            more cores may gain from more)
//   MH_BROWSERS=chromium                     as for web-test-runner.config.js
//   MH_TIMINGS=1                             also print the slowest files and rewrite test/timings.json
//
// One file still runs directly: `npx web-test-runner test/x.test.ts`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIMINGS_FILE = join(ROOT, 'test/timings.json');
const RUNNER_BIN = join(ROOT, 'node_modules/@web/test-runner/dist/bin.js');
/** Weight of a file test/timings.json does not know yet (a little above the median file). */
const UNKNOWN_FILE_MS = 6000;

/** Every test file web-test-runner.config.js would run (`test/**\/*.test.ts`), sorted. */
function allTestFiles(dir = 'test') {
  const files = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...allTestFiles(path));
    else if (entry.name.endsWith('.test.ts')) files.push(path);
  }
  return files.sort();
}

function readWeights() {
  try {
    return JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')).files ?? {};
  } catch {
    return {};
  }
}

/** The files in `count` shards of about equal weight (both browsers' times added). */
export function shardFiles(files, count, weights) {
  const weightOf = (file) => {
    const known = weights[file];
    return known ? Object.values(known).reduce((sum, ms) => sum + ms, 0) : UNKNOWN_FILE_MS * 2;
  };
  const shards = Array.from({ length: Math.max(1, Math.min(count, files.length)) }, () => ({ files: [], weight: 0 }));
  for (const file of [...files].sort((a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b))) {
    const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
    lightest.files.push(file);
    lightest.weight += weightOf(file);
  }
  return shards;
}

/** A port free right now (the shard's server takes it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
/** Per shard, per browser: its latest progress as text. */
const progress = [];
const PROGRESS = /(\w+):\s+\|[^|]*\|\s*(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed/g;
/** How often the status line is printed while shards run. */
const STATUS_EVERY_MS = 30_000;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

/** Runs one shard; resolves with its exit code, output and result rows. */
async function runShard(index, total, files, resultsDir) {
  const port = await freePort();
  const results = join(resultsDir, `shard-${index}.json`);
  const started = Date.now();
  const env = { ...process.env, MH_RESULTS: results };
  // The timings table is printed once for all shards, below.
  delete env.MH_TIMINGS;
  const child = spawn(process.execPath, [RUNNER_BIN, ...files, '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    // web-test-runner's latest progress per browser, for the status line printed while waiting.
    for (const [, browser, done, all, passed, failed] of String(chunk).replace(ESCAPE_CODES, '').matchAll(PROGRESS)) progress[index][browser] = `${done}/${all} files, ${passed} passed, ${failed} failed`;
  });
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      output += `\n${error.stack}\n`;
      resolve(1);
    });
    child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  children.delete(child);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rows = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')).rows : [];
  process.stdout.write(`\n── browser tests, shard ${index + 1}/${total}: ${files.length} files, exit ${code}, ${seconds} s ──\n${withoutProgress(output)}\n`);
  return { code, rows, files };
}

/**
 * A shard's output without web-test-runner's progress bars (redrawn with escape codes even into
 * a pipe): failures, warnings and its closing line stay; the totals come once, for all shards.
 */
const ESCAPE_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
function withoutProgress(output) {
  return output
    .replace(ESCAPE_CODES, '')
    .split(/\r?\n|\r/)
    .filter((line) => !/^(?:\w+:\s+\|[^|]*\|\s*\d+\/\d+ test files \||Running tests\.\.\.$|Running \d+ test files\.\.\.$)/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function printTimings(rows, wall) {
  const lines = [`\nTimings (wall ${(wall / 1000).toFixed(1)} s, ${rows.length} file runs):`];
  for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 15)) {
    lines.push(`  ${(row.ms / 1000).toFixed(1).padStart(6)} s  ${row.browser.padEnd(8)} ${row.file} (${row.tests} tests)`);
  }
  console.log(lines.join('\n'));
}

/** Keeps known weights of files not in this run; replaces those that ran. */
function updateWeights(rows) {
  const weights = readWeights();
  for (const row of rows) weights[row.file] = { ...weights[row.file], [row.browser]: row.ms };
  const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)));
  const about = existsSync(TIMINGS_FILE) ? JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')).about : undefined;
  writeFileSync(TIMINGS_FILE, `${JSON.stringify({ about, files: sorted }, null, 2)}\n`);
  console.log(`Wrote ${relative(process.cwd(), TIMINGS_FILE)} (measure on an idle machine before committing it).`);
}

async function main() {
  const given = process.argv.slice(2);
  const files = given.length ? given.map((file) => relative(ROOT, resolve(file))) : allTestFiles();
  const shardCount = Number.parseInt(process.env.MH_SHARDS ?? '1', 10);
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`MH_SHARDS must be a positive integer, got ${process.env.MH_SHARDS}`);
  const shards = shardFiles(files, shardCount, readWeights());
  const resultsDir = mkdtempSync(join(tmpdir(), 'mh-browser-tests-'));
  const started = Date.now();
  console.log(`Browser tests: ${files.length} files in ${shards.length} shard(s), each its own web-test-runner with its own browsers.`);
  shards.forEach(() => progress.push({}));
  const status = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const parts = progress.map((browsers, index) => `shard ${index + 1}: ${Object.entries(browsers).map(([browser, text]) => `${browser} ${text}`).join('; ') || 'starting'}`);
    console.log(`… ${seconds} s: ${parts.join(' | ')}`);
  }, STATUS_EVERY_MS);
  let runs;
  try {
    runs = await Promise.all(shards.map((shard, index) => runShard(index, shards.length, shard.files, resultsDir)));
  } finally {
    clearInterval(status);
    rmSync(resultsDir, { recursive: true, force: true });
  }
  const wall = Date.now() - started;
  const rows = runs.flatMap((run) => run.rows);
  const failedShards = runs.filter((run) => run.code !== 0).length;

  // One line per browser over all shards, as web-test-runner prints it (.ci/run reads the last two).
  console.log('\nAll shards:');
  for (const browser of [...new Set(rows.map((row) => row.browser))].sort()) {
    const own = rows.filter((row) => row.browser === browser);
    const sum = (key) => own.reduce((total, row) => total + row[key], 0);
    const skipped = sum('testsSkipped');
    console.log(`${browser}: ${own.length}/${files.length} test files | ${sum('testsPassed')} passed, ${sum('testsFailed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  if (process.env.MH_TIMINGS) {
    printTimings(rows, wall);
    updateWeights(rows);
  }
  const unfinished = runs.flatMap((run) => run.files).filter((file) => !rows.some((row) => row.file === file));
  if (unfinished.length) console.log(`Not finished in any browser: ${unfinished.join(', ')}`);
  console.log(`Browser tests ${failedShards ? `FAILED (${failedShards} of ${runs.length} shards)` : 'passed'} in ${(wall / 1000).toFixed(1)} s.`);
  process.exitCode = failedShards || unfinished.length ? 1 : 0;
}

await main();
