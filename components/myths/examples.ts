import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'List',
    description: 'Every myth with the guide\'s answer shown under it, labelled "Myte" and "Fakta".',
    markup: '<mh-myths></mh-myths>',
  },
  {
    name: 'Reveal',
    description: 'Each myth first; the reader opens the fact (for teaching and courses).',
    markup: '<mh-myths display="reveal" heading-level="3"></mh-myths>',
  },
  {
    name: 'English interface',
    description: 'Labels in English; the guide\'s text stays in Norwegian until a translation is registered.',
    markup: '<mh-myths lang="en" display="reveal"></mh-myths>',
  },
  {
    name: 'Unknown display',
    description: 'An unknown display value is reported in the widget and the console; the list is shown.',
    markup: '<mh-myths display="cards"></mh-myths>',
  },
];
