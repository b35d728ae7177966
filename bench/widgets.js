// What the render benchmark measures: one line per widget state. `define` is the module that
// registers the tag when the benchmark runs from source (no bundle built yet).
export const BENCH_CASES = [
  {
    name: 'indicator-checklist (minor, both forms: 73 boxes)',
    markup: '<mh-indicator-checklist audience="minor" forms="prostitution forced-labour"></mh-indicator-checklist>',
    define: '/components/indicator-checklist/define.ts',
  },
];
