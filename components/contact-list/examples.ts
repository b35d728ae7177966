import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'All contacts',
    description: 'Every contact of Del 8, grouped as in the guide.',
    markup: '<mh-contact-list></mh-contact-list>',
  },
  {
    name: 'Searchable',
    description: 'With a search box filtering by name and need; the number of results is announced.',
    markup: '<mh-contact-list searchable></mh-contact-list>',
  },
  {
    name: 'Acute, minor',
    description: 'Emergency numbers first (with Alarmtelefonen 116 111), then contacts for minors in acute need.',
    markup: '<mh-contact-list need="acute" audience="minor"></mh-contact-list>',
  },
  {
    name: 'Housing for adults',
    description: 'Contacts that help adults with a safe place to stay.',
    markup: '<mh-contact-list need="housing" audience="adult" heading-level="3"></mh-contact-list>',
  },
  {
    name: 'Public bodies only',
    description: 'One category of Del 8.',
    markup: '<mh-contact-list category="public"></mh-contact-list>',
  },
  {
    name: 'Chosen contacts',
    description: 'An explicit selection, in the order given.',
    markup: '<mh-contact-list ids="rosa alarmtelefonen politiet"></mh-contact-list>',
  },
  {
    name: 'With local contacts',
    description: 'A kommune adds its own contacts in a JSON block; they are listed first.',
    markup: `<mh-contact-list need="acute" audience="minor"><script type="application/json">[{"id":"barnevernvakt-eksempel","name":"Barnevernvakten i Eksempel kommune","description":"Eksempel: bytt ut med kommunens egne opplysninger.","needs":["acute"],"audience":["minors"]}]</script></mh-contact-list>`,
  },
  {
    name: 'Bad input',
    description: 'An unknown need and an invalid local entry: visible notices, the rest still shown.',
    markup: `<mh-contact-list need="acute shelter" ids="rosa"><script type="application/json">[{"id":"x","name":"Bad link","web":[{"address":"x.no","href":"javascript:alert(1)"}]}]</script></mh-contact-list>`,
  },
];
