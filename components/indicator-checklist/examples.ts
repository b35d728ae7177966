import type { WidgetBench, WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Default',
    description:
      'No answer about age yet, so the minors’ indicators and help are shown (the guide: in doubt, treat the person as a child). The warning panel gives 112, 113 and 116 111 above the folded categories.',
    markup: '<mh-indicator-checklist></mh-indicator-checklist>',
  },
  {
    name: 'Adult',
    description: 'A host for adults only answers the age question with `audience="adult"`: the 49 indicators for adults, no child line in the warning panel.',
    markup: '<mh-indicator-checklist audience="adult"></mh-indicator-checklist>',
  },
  {
    name: 'Minor',
    description: 'The person may be under 18: “Ja, eller du er i tvil” is answered, with the indicators and notes for minors and the rule on doubt about age.',
    markup: '<mh-indicator-checklist audience="minor"></mh-indicator-checklist>',
  },
  {
    name: 'All forms',
    description: 'Age not answered, with the extra indicators for prostitution and forced labour as two more folded sections.',
    markup: '<mh-indicator-checklist forms="prostitution forced-labour"></mh-indicator-checklist>',
  },
  {
    name: 'Minor, all forms',
    description: 'Every indicator in the guide: minors and both forms of exploitation.',
    markup: '<mh-indicator-checklist audience="minor" forms="prostitution forced-labour"></mh-indicator-checklist>',
  },
  {
    name: 'Some ticked',
    description:
      'A few indicators ticked through the `selected` property: each folded header names what is ticked in it, every open section links to the summary, and the summary lists them by category with 112 and 113.',
    markup: '<mh-indicator-checklist audience="minor" forms="forced-labour"></mh-indicator-checklist>',
    setup: (element) => {
      (element as HTMLElement & { selected: string[] }).selected = [
        'background-limited-language-skills',
        'location-lives-and-works-same-place',
        'controlled-minor-fixer',
        'forced-labour-no-real-contract',
      ];
    },
  },
  {
    name: 'Injuries ticked, open',
    description:
      'Every section open (`expanded`, “Skjul alle kategorier” folds them) after ticking “har skader som kan være forårsaket av vold …”: the header names it, “Se oppsummering og hva du gjør videre” leads to the summary, and 112 and 113 stand in the panel and in the summary.',
    markup: '<mh-indicator-checklist expanded></mh-indicator-checklist>',
    setup: (element) => {
      (element as HTMLElement & { selected: string[] }).selected = ['behaviour-unexplained-injuries'];
    },
  },
  {
    name: 'With arenas',
    description: 'Adds the collapsible list of arenas where exploitation may happen ("Hvor kan utnyttning skje?").',
    markup: '<mh-indicator-checklist show-arenas heading-level="3"></mh-indicator-checklist>',
  },
  {
    name: 'With links',
    description: 'The summary links to the host’s pages on the reporting duty, the rights of victims and contacts.',
    markup:
      '<mh-indicator-checklist duty-href="#meldeplikt" rights-href="/rettigheter" contacts-href="https://example.com/kontakter"></mh-indicator-checklist>',
  },
];

// The benchmark's case: the largest state.
export const bench: WidgetBench = { example: 'Minor, all forms' };
