// What the render benchmark measures: one line per widget state. `define` is the module that
// registers the tag when the benchmark runs from source (no bundle built yet). `copies`: small
// widgets render in about a millisecond, near the browser's 0.1 ms timer step, so several copies
// are rendered (and inserted as static HTML) at once.
const widget = (name, markup, folder = name, copies = 1) => ({
  name: copies > 1 ? `${name} ×${copies}` : name,
  markup,
  copies,
  define: `/components/${folder}/define.ts`,
});

export const BENCH_CASES = [
  widget(
    'indicator-checklist (minor, both forms: 73 boxes)',
    '<mh-indicator-checklist audience="minor" forms="prostitution forced-labour"></mh-indicator-checklist>',
    'indicator-checklist',
  ),
  widget('contact-card (rosa)', '<mh-contact-card contact="rosa"></mh-contact-card>', 'contact-card', 10),
  widget('contact-list (all contacts)', '<mh-contact-list></mh-contact-list>', 'contact-list'),
  widget('reporting-duty (overview)', '<mh-reporting-duty></mh-reporting-duty>', 'reporting-duty'),
  widget('rights-list (professional, minor)', '<mh-rights-list audience="minor"></mh-rights-list>', 'rights-list'),
  widget('conversation-guide', '<mh-conversation-guide></mh-conversation-guide>', 'conversation-guide'),
  widget('myths (list)', '<mh-myths></mh-myths>', 'myths'),
  widget('quick-exit', '<mh-quick-exit></mh-quick-exit>', 'quick-exit', 10),
  widget('guide (Del 2)', '<mh-guide no-hash></mh-guide>', 'guide'),
];
