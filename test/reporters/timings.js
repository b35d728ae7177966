/**
 * Opt-in web-test-runner reporter (`MH_TIMINGS=1`): wall time per test file and browser, from
 * the session's INITIALIZING to FINISHED (page load, imports and tests), the slowest files, the
 * sum per browser and the test count. For measuring the suite the same way before and after a
 * change; with MH_TIMINGS=path the table is also written there as JSON.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function countTests(suite) {
  if (!suite) return 0;
  return suite.tests.length + suite.suites.reduce((sum, child) => sum + countTests(child), 0);
}

export function timingsReporter({ top = 15, output } = {}) {
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
          rows.push({
            browser: session.browser.name,
            file: relative(process.cwd(), session.testFile),
            ms: Date.now() - (started.get(session.id) ?? runStart),
            tests: countTests(session.testResults),
            passed: session.passed === true,
          });
          started.delete(session.id);
        }
      });
    },
    stop() {
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
