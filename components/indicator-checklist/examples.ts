import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Default',
    description: 'The indicators for adults in the four categories, with the two questions that add more.',
    markup: '<mh-indicator-checklist></mh-indicator-checklist>',
  },
  {
    name: 'Minor',
    description: 'The person may be under 18: adds the indicators and notes for minors and the rule on doubt about age.',
    markup: '<mh-indicator-checklist audience="minor"></mh-indicator-checklist>',
  },
  {
    name: 'All forms',
    description: 'Adults, with the extra indicators for prostitution and forced labour.',
    markup: '<mh-indicator-checklist forms="prostitution forced-labour"></mh-indicator-checklist>',
  },
  {
    name: 'Minor, all forms',
    description: 'Every indicator in the guide: minors and both forms of exploitation.',
    markup: '<mh-indicator-checklist audience="minor" forms="prostitution forced-labour"></mh-indicator-checklist>',
  },
  {
    name: 'Some ticked',
    description: 'A few indicators ticked through the `selected` property: the summary lists them by category.',
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
