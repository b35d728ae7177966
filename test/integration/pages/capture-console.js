// Records warnings and errors so the test in the parent frame can read them.
window.captured = { warn: [], error: [] };
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.captured[level].push(args.map(String).join(' '));
    original(...args);
  };
}
window.addEventListener('error', (event) => window.captured.error.push(String(event.message)));
