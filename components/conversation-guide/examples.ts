import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Default',
    description: 'All of Del 5: observation and conversation, tips, the words to avoid and all 12 example questions.',
    markup: '<mh-conversation-guide></mh-conversation-guide>',
  },
  {
    name: 'Preset situations',
    description: 'A page for labour inspectors: only the questions about work, housing and money are shown at first.',
    markup: '<mh-conversation-guide situations="work housing money" heading-level="3"></mh-conversation-guide>',
  },
  {
    name: 'Linked to the rights list',
    description: 'The closing information links to the page where the rights list (person variant) is.',
    markup: '<mh-conversation-guide rights-href="/rettigheter"></mh-conversation-guide>',
  },
  {
    name: 'English interface',
    description: 'Headings, filter and status in English; the guide’s text stays in Norwegian until a translation is registered.',
    markup: '<mh-conversation-guide lang="en"></mh-conversation-guide>',
  },
  {
    name: 'Nynorsk interface',
    description: 'Headings, filter and status in nynorsk; the guide’s text stays in bokmål until a translation is registered.',
    markup: '<mh-conversation-guide lang="nn"></mh-conversation-guide>',
  },
  {
    name: 'Invalid attributes',
    description: 'Unknown situations, a heading level out of range and an unsafe rights-href are reported in the widget and the console.',
    markup: '<mh-conversation-guide situations="work cooking" heading-level="9" rights-href="javascript:alert(1)"></mh-conversation-guide>',
  },
];
