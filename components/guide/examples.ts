import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Whole guide',
    description: 'Every part from Del 1 to Del 8, with one quick exit and deep links like #mh-del-4.',
    markup: '<mh-guide></mh-guide>',
  },
  {
    name: 'Selected parts',
    description: 'Only the parts a kommune\'s page needs: indicators, the duty and the contacts.',
    markup: '<mh-guide parts="4 6 8" heading-level="3"></mh-guide>',
  },
  {
    name: 'Without hash or quick exit',
    description: 'For a host whose router owns the URL hash and whose page already has a quick exit.',
    markup: '<mh-guide no-hash no-quick-exit></mh-guide>',
  },
  {
    name: 'Invalid parts',
    description: 'An unknown part number is reported in the widget and the console; every part is shown.',
    markup: '<mh-guide parts="0 9"></mh-guide>',
  },
];
