// `npm test` (issue #20): the same steps as one after the other, with the independent ones side
// by side so both cores work. The manifest first (type checks, lint, the Node tests and the build
// all read custom-elements.json; written once, nobody reads it half-written); then two lanes at
// once — the checks (typecheck, lint, Node tests) and the browsers' start check, the build and
// the SSR tests — then the browser tests (scripts/test-browsers.js), which need the build.
//
// A step's output is printed whole when it ends, so two lanes do not interleave. The first
// failing step stops the other lane and the run exits with its code.
import { spawn } from 'node:child_process';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each step: a name and the command that runs it. */
const MANIFEST = { name: 'analyze', command: [NPM, 'run', 'analyze', '--silent'] };
const LANES = [
  [
    { name: 'typecheck', command: [NPM, 'run', 'typecheck:tsc', '--silent'] },
    { name: 'lint', command: [NPM, 'run', 'lint', '--silent'] },
    { name: 'test:node', command: [NPM, 'run', 'test:node', '--silent'] },
  ],
  [
    { name: 'check-browsers', command: [process.execPath, 'scripts/check-browsers.js'] },
    { name: 'build', command: [NPM, 'run', 'build:bundle', '--silent'] },
    { name: 'test:ssr', command: [NPM, 'run', 'test:ssr', '--silent'] },
  ],
];
const BROWSERS = { name: 'browser tests', command: [process.execPath, 'scripts/test-browsers.js'], stream: true };

const running = new Set();
let stopping = false;

function stopAll(signal = 'SIGTERM') {
  stopping = true;
  // Each step runs in its own process group: npm's children (tsc, rollup, browsers) stop too.
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll(signal);
    process.exit(130);
  });
}

/** Runs one step; resolves with its exit code. Buffered steps print their output when they end. */
function run({ name, command, stream = false }) {
  const started = Date.now();
  if (stream) console.log(`\n▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { detached: true, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.stack}\n`));
    child.on('close', (code, signal) => {
      running.delete(child);
      const exitCode = code ?? (signal ? 1 : 0);
      // A step stopped because the other lane failed says so briefly; its output is not the cause.
      if (stopping && exitCode !== 0) {
        console.log(`\n■ ${name}: stopped`);
        return resolve(exitCode);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const mark = exitCode === 0 ? '✔' : '✘';
      if (stream) console.log(`\n${mark} ${name} (${seconds} s)`);
      else console.log(`\n${mark} ${name} (${seconds} s)${output.trim() ? `\n${output.trimEnd()}` : ''}`);
      resolve(exitCode);
    });
  });
}

/** Runs the steps one after the other; stops at the first that fails. */
async function lane(steps) {
  for (const step of steps) {
    if (stopping) return 1;
    const code = await run(step);
    if (code !== 0) {
      stopAll();
      return code;
    }
  }
  return 0;
}

const started = Date.now();
let code = await run(MANIFEST);
if (code === 0) code = (await Promise.all(LANES.map(lane))).find((laneCode) => laneCode !== 0) ?? 0;
if (code === 0) code = await run(BROWSERS);
console.log(`\nnpm test ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = code;
