/**
 * Opt-in web-test-runner reporter (`MH_TIMINGS=1`): wall time per test file and browser, from
 * the session's INITIALIZING to FINISHED (page load, imports and tests), the slowest files, the
 * sum per browser and the test count. For measuring the suite the same way before and after a
 * change; with MH_TIMINGS=path the table is also written there as JSON. `print: false` only
 * writes the JSON (scripts/test-browsers.js reads each shard's rows: counts and timings).
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Passed, failed and skipped tests of a session, counted as web-test-runner's own progress line does. */
function countTests(suite, counts = { passed: 0, failed: 0, skipped: 0 }) {
  if (!suite) return counts;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
  return counts;
}

export function timingsReporter({ top = 15, output, print = true } = {}) {
  const started = new Map();
  const rows = [];
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') {
          // The first pages may start before the reporter listens: count those from the run's start.
          const counts = countTests(session.testResults);
          rows.push({
            browser: session.browser.name,
            file: relative(process.cwd(), session.testFile),
            ms: Date.now() - (started.get(session.id) ?? runStart),
            tests: counts.passed + counts.failed + counts.skipped,
            testsPassed: counts.passed,
            testsFailed: counts.failed,
            testsSkipped: counts.skipped,
            // false also when the file failed to load or a test timed out before reporting.
            passed: session.passed === true,
          });
          started.delete(session.id);
        }
      });
    },
    stop() {
      if (!print) {
        if (output) writeFileSync(output, JSON.stringify({ wall: Date.now() - runStart, rows }, null, 2));
        return;
      }
      const wall = Date.now() - runStart;
      const browsers = [...new Set(rows.map((row) => row.browser))];
      const lines = [`\nTimings (wall ${(wall / 1000).toFixed(1)} s):`];
      for (const browser of browsers) {
        const own = rows.filter((row) => row.browser === browser);
        const sum = own.reduce((total, row) => total + row.ms, 0);
        const tests = own.reduce((total, row) => total + row.tests, 0);
        lines.push(`  ${browser}: ${own.length} files, ${tests} tests, ${(sum / 1000).toFixed(1)} s summed`);
      }
      lines.push(`  slowest:`);
      for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, top)) {
        lines.push(`    ${(row.ms / 1000).toFixed(1).padStart(6)} s  ${row.browser.padEnd(9)} ${row.file} (${row.tests} tests)`);
      }
      console.log(lines.join('\n'));
      if (output) writeFileSync(output, JSON.stringify({ wall, rows }, null, 2));
    },
  };
}
