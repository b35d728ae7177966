// The registry check (issue #20): every widget in src/widgets.json has all its parts, and every
// folder under components/ is registered. Nothing here is a list of its own: it reads the
// registry and looks for each part where the conventions (CONTRIBUTING.md) put it.
// `node scripts/check-registry.js` (part of `npm run lint`); test/node/registry.test.js runs
// `registryProblems` on a fake listing to show that an unregistered folder fails.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What the check reads, so a test can hand it a fake repository. */
export function repoFiles(root = fileURLToPath(new URL('..', import.meta.url))) {
  const path = (file) => `${root}/${file}`;
  return {
    exists: (file) => existsSync(path(file)),
    read: (file) => (existsSync(path(file)) ? readFileSync(path(file), 'utf8') : undefined),
    folders: (dir) => (existsSync(path(dir)) ? readdirSync(path(dir), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : []),
  };
}

/** The npm entry: it imports every widget's define module. */
export const ENTRY = 'index.ts';

/** Every problem found, as sentences naming the widget and the missing part; empty when all is well. */
export function registryProblems(files = repoFiles()) {
  const problems = [];
  const registry = JSON.parse(files.read('src/widgets.json') ?? '{"widgets":[],"languages":[]}');
  const names = registry.widgets.map((widget) => widget.name);
  const languages = registry.languages;
  const entry = files.read(ENTRY) ?? '';
  const ceilings = JSON.parse(files.read('scripts/size-ceilings.json') ?? '{}');
  const demo = files.read('demo/index.html') ?? '';
  // The demo server (scripts/demo-routes.js, demoPage) adds a section for every widget the page does not place.
  const showsTheRest = /export async function demoPage\b/.test(files.read('scripts/demo-routes.js') ?? '');
  const manifestText = files.read('custom-elements.json');
  const manifestTags = manifestText
    ? new Set(JSON.parse(manifestText).modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean))
    : undefined;
  if (!manifestTags) problems.push('custom-elements.json is missing: run `npm run analyze` first');

  for (const folder of files.folders('components')) {
    if (!names.includes(folder)) problems.push(`components/${folder}/ is not registered: add { "name": "${folder}", "strings": "…" } to src/widgets.json`);
  }
  for (const [index, name] of names.entries()) {
    if (names.indexOf(name) !== index) problems.push(`${name} is registered twice in src/widgets.json`);
  }

  for (const { name, strings } of registry.widgets) {
    const tag = `mh-${name}`;
    const need = (ok, what) => ok || problems.push(`${tag}: ${what}`);
    const dir = `components/${name}`;
    const define = files.read(`${dir}/define.ts`);
    need(define !== undefined, `no define module ${dir}/define.ts`);
    if (define !== undefined) need(define.includes(`define('${tag}'`), `${dir}/define.ts does not define('${tag}', …)`);
    const examples = files.read(`${dir}/examples.ts`);
    need(examples !== undefined && /export const examples\b/.test(examples), `no examples (${dir}/examples.ts exporting \`examples\`)`);
    need(files.exists(`${dir}/README.md`), `no ${dir}/README.md`);
    // A widget's own table sits in its folder; a shared one ("contact") in src/<key>/.
    const stringsDir = strings === name ? dir : `src/${strings}`;
    need(typeof strings === 'string' && files.exists(`${stringsDir}/strings.ts`), `no UI strings ${stringsDir}/strings.ts for key "${strings}"`);
    for (const lang of languages.filter((code) => code !== 'nb')) {
      need(files.exists(`${stringsDir}/strings.${lang}.ts`), `no ${lang} strings (${stringsDir}/strings.${lang}.ts)`);
    }
    need(entry.includes(`'./components/${name}/define.js'`), `${ENTRY} does not import ./components/${name}/define.js`);
    need(files.exists(`${dir}/${name}.stories.ts`), `no story (${dir}/${name}.stories.ts)`);
    // The bench (bench/widgets.js) renders the example the widget's `bench` export names, else its first.
    const benchExample = /export const bench\b[^=]*=\s*\{\s*example:\s*'([^']+)'/.exec(examples ?? '')?.[1];
    if (benchExample !== undefined) need(examples?.includes(`name: '${benchExample}'`), `no bench case: ${dir}/examples.ts's \`bench\` names "${benchExample}", which is not one of its examples`);
    need(Object.hasOwn(ceilings, `page: <${tag}>`), `no size ceiling "page: <${tag}>" in scripts/size-ceilings.json (npm run size -- --update-ceilings)`);
    if (manifestTags) need(manifestTags.has(tag), 'not in custom-elements.json (is the class documented and defined in define.ts?)');
    // The demo page places most widgets by hand; the demo server's demoPage() shows every other registered one.
    need(demo.includes(`<${tag}`) || showsTheRest, 'not shown on the demo page (neither placed in demo/index.html nor added by demoPage() in scripts/demo-routes.js)');
  }

  for (const lang of languages.filter((code) => code !== 'nb')) {
    if (!files.exists(`locales/${lang}.ts`)) problems.push(`language ${lang}: no locales/${lang}.ts (its content files)`);
  }

  // The TypeScript type of a built-in language must name the same codes (per-language tables are typed by it).
  const union = /export type BuiltinLang = ([^;]+);/.exec(files.read('src/locale.ts') ?? '')?.[1];
  const typed = union ? [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]) : [];
  if (typed.join() !== languages.join()) problems.push(`src/locale.ts BuiltinLang (${typed.join(', ')}) differs from src/widgets.json languages (${languages.join(', ')})`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = registryProblems();
  if (problems.length) {
    console.error(`Registry check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Registry check: every registered widget has its parts, and every components/ folder is registered.');
}
