// Explicit globs: without them the analyzer scans dist/ and node_modules.
export default {
  globs: ['components/*/*.ts', 'src/base-element.ts'],
  exclude: ['components/*/examples.ts', 'components/*/strings.ts', 'components/*/*.styles.ts', 'components/*/define.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
