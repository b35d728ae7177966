// Lint rules the code must keep that a general linter does not know: privacy and security promises.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'components'];
const RULES = [
  { pattern: /unsafeHTML|unsafeSVG|unsafeStatic/, why: 'unsafe* directives are banned: content is always text' },
  { pattern: /\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/, why: 'no HTML from strings' },
  { pattern: /localStorage|sessionStorage|indexedDB|document\.cookie|caches\./, why: 'nothing is stored' },
  // The one exception: a host-named file on the page's own origin (contacts-src), fetched in one place.
  { pattern: /\bfetch\(|XMLHttpRequest|navigator\.sendBeacon|new WebSocket|new EventSource/, why: 'no network requests', except: ['src/same-origin-fetch.ts'] },
  { pattern: /\beval\(|new Function\(/, why: 'must run under script-src without unsafe-eval' },
  { pattern: /!important/, why: 'never override the host with !important' },
  { pattern: /\sstyle=["'$]/, why: "inline style attributes break under style-src 'self': use classes or styleMap" },
  { pattern: /\son[a-z]+=["'$]/, why: 'inline event handler attributes break under CSP: use @event bindings' },
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const problems = [];
for (const file of ROOTS.flatMap(files)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const rule of RULES) {
        if (rule.except?.includes(file.split('\\').join('/'))) continue;
        if (rule.pattern.test(line)) problems.push(`${file}:${index + 1}: ${rule.why}\n    ${line.trim()}`);
      }
    });
}
// Layers (docs/architecture.md): the core in src/ never imports a widget, so it depends on none;
// index.ts (the entry) and the build put widgets together.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const [, specifier] of line.matchAll(IMPORT)) {
        if (/(^|\/)components\//.test(specifier)) problems.push(`${file}:${index + 1}: src/ must not import a widget (components/); register through src/ instead\n    ${line.trim()}`);
      }
    });
}
if (problems.length) {
  console.error(`Policy check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Policy check: no unsafe HTML, storage, network, eval or !important in src/ and components/; src/ imports no widget.');
