// Node-side test of the registry check (node --test test/node/): the repository passes, and a
// widget folder nobody registered, or a registered widget missing a part, makes it fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registryProblems, repoFiles } from '../../scripts/check-registry.js';

const real = repoFiles();

/** The real repository with `extra` files added (path → text) and `removed` paths gone. */
function withChanges({ extra = {}, removed = [] }) {
  const gone = (file) => removed.some((path) => file === path || file.startsWith(`${path}/`));
  return {
    exists: (file) => Object.hasOwn(extra, file) || (!gone(file) && real.exists(file)),
    read: (file) => (Object.hasOwn(extra, file) ? extra[file] : gone(file) ? undefined : real.read(file)),
    folders: (dir) => {
      const added = Object.keys(extra)
        .filter((file) => file.startsWith(`${dir}/`))
        .map((file) => file.slice(dir.length + 1).split('/')[0]);
      return [...new Set([...real.folders(dir), ...added])].filter((name) => !gone(`${dir}/${name}`));
    },
  };
}

test('every registered widget has its parts and every components/ folder is registered', () => {
  assert.deepEqual(registryProblems(real), []);
});

test('an unregistered widget folder fails the check', () => {
  const problems = registryProblems(withChanges({ extra: { 'components/new-widget/define.ts': "define('mh-new-widget', X);" } }));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /components\/new-widget\/ is not registered/);
});

test('a registered widget missing a part fails the check, naming the part', () => {
  const cases = [
    ['components/myths/examples.ts', /mh-myths: no examples/],
    ['components/myths/strings.en.ts', /mh-myths: no en strings/],
    ['src/contact/strings.nn.ts', /mh-contact-card: no nn strings/],
    ['components/myths/myths.stories.ts', /mh-myths: no story/],
    ['components/myths/define.ts', /mh-myths: no define module/],
  ];
  for (const [file, expected] of cases) {
    const problems = registryProblems(withChanges({ removed: [file] }));
    assert.ok(problems.some((problem) => expected.test(problem)), `${file} removed: ${problems.join('; ') || 'no problem reported'}`);
  }
  const noCeiling = JSON.parse(real.read('scripts/size-ceilings.json'));
  delete noCeiling['page: <mh-myths>'];
  const problems = registryProblems(withChanges({ extra: { 'scripts/size-ceilings.json': JSON.stringify(noCeiling) } }));
  assert.ok(problems.some((problem) => /mh-myths: no size ceiling/.test(problem)), problems.join('; '));
  const badBench = `${real.read('components/myths/examples.ts')}\nexport const bench: WidgetBench = { example: 'No such state' };\n`;
  assert.ok(registryProblems(withChanges({ extra: { 'components/myths/examples.ts': badBench } })).some((problem) => /mh-myths: no bench case: .*"No such state"/.test(problem)));
  const manifest = JSON.parse(real.read('custom-elements.json'));
  for (const module of manifest.modules) module.declarations = (module.declarations ?? []).filter((declaration) => declaration.tagName !== 'mh-myths');
  assert.ok(registryProblems(withChanges({ extra: { 'custom-elements.json': JSON.stringify(manifest) } })).some((problem) => /mh-myths: not in custom-elements.json/.test(problem)));
});

test('a built-in language without its TypeScript type fails the check', () => {
  const registry = JSON.parse(real.read('src/widgets.json'));
  registry.languages.push('se');
  const problems = registryProblems(withChanges({ extra: { 'src/widgets.json': JSON.stringify(registry) } }));
  assert.ok(problems.some((problem) => /BuiltinLang/.test(problem)));
  assert.ok(problems.some((problem) => /no se strings/.test(problem)));
});

test('a new widget is its folder and one registry line (plus its import in the entry, and the measured parts)', () => {
  const name = 'new-widget';
  const tag = `mh-${name}`;
  const dir = `components/${name}`;
  const languages = JSON.parse(real.read('src/widgets.json')).languages;
  // The folder: every part CONTRIBUTING.md lists, nothing outside it.
  const folder = {
    [`${dir}/${name}.ts`]: 'export class MhNewWidget extends MhElement {}',
    [`${dir}/define.ts`]: `import { MhNewWidget } from './${name}.js';\ndefine('${tag}', MhNewWidget);`,
    [`${dir}/examples.ts`]: `export const examples: WidgetExample[] = [{ name: 'Default', description: 'd', markup: '<${tag}></${tag}>' }];`,
    [`${dir}/strings.ts`]: `export const strings = localStrings('${name}', nb, {});`,
    ...Object.fromEntries(languages.filter((lang) => lang !== 'nb').map((lang) => [`${dir}/strings.${lang}.ts`, `export const ${lang} = {};`])),
    [`${dir}/${name}.stories.ts`]: `export default { title: 'Widgets/New', component: '${tag}' };`,
    [`${dir}/README.md`]: `# <${tag}>`,
  };
  // The one registry line.
  const registry = JSON.parse(real.read('src/widgets.json'));
  registry.widgets.push({ name, strings: name });
  const withRegistryLine = { ...folder, 'src/widgets.json': JSON.stringify(registry) };
  // The npm entry names each widget (docs/architecture.md, "The registry", says why).
  const withEntry = { ...withRegistryLine, 'index.ts': `${real.read('index.ts')}\nimport './${dir}/define.js';\n` };
  // Measured and generated, not written: the size ceiling (npm run size -- --update-ceilings) and the manifest (npm run analyze).
  const ceilings = { ...JSON.parse(real.read('scripts/size-ceilings.json')), [`page: <${tag}>`]: 1 };
  const manifest = JSON.parse(real.read('custom-elements.json'));
  manifest.modules.push({ kind: 'javascript-module', path: `${dir}/${name}.ts`, declarations: [{ kind: 'class', name: 'MhNewWidget', tagName: tag, customElement: true }] });
  const measured = { 'scripts/size-ceilings.json': JSON.stringify(ceilings), 'custom-elements.json': JSON.stringify(manifest) };

  assert.deepEqual(registryProblems(withChanges({ extra: { ...withEntry, ...measured } })), []);
  // Nothing else is asked for: no bench case, no demo edit, no test list. Each step left out is named.
  const unregistered = registryProblems(withChanges({ extra: { ...folder, ...measured } }));
  assert.deepEqual(unregistered, [`components/${name}/ is not registered: add { "name": "${name}", "strings": "…" } to src/widgets.json`]);
  const notImported = registryProblems(withChanges({ extra: { ...withRegistryLine, ...measured } }));
  assert.deepEqual(notImported, [`${tag}: index.ts does not import ./${dir}/define.js`]);
  const unmeasured = registryProblems(withChanges({ extra: withEntry }));
  assert.ok(unmeasured.some((problem) => problem.startsWith(`${tag}: no size ceiling`)), unmeasured.join('; '));
  assert.ok(unmeasured.some((problem) => problem.startsWith(`${tag}: not in custom-elements.json`)), unmeasured.join('; '));
});
