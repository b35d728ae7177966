import type { WidgetExample } from '../../src/examples.js';

type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Waits until the element is on the page and rendered: Storybook calls set-up before it inserts
 * the markup, the tests after.
 */
async function rendered(element: HTMLElement): Promise<Rendering> {
  for (let tries = 0; tries < 100 && !(element.isConnected && 'updateComplete' in element); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const widget = element as Rendering;
  await widget.updateComplete;
  return widget;
}

/** Types into the search field as a visitor would, so a state with a search can be shown. */
function typeSearch(query: string) {
  return async (element: HTMLElement) => {
    const widget = await rendered(element);
    const input = widget.shadowRoot?.querySelector<HTMLInputElement>('#search');
    if (!input) return;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await widget.updateComplete;
  };
}

export const examples: WidgetExample[] = [
  {
    name: 'All contacts',
    description: 'Every contact of Del 8, grouped as in the guide.',
    markup: '<mh-contact-list></mh-contact-list>',
  },
  {
    name: 'Searchable',
    description: 'With a search box and folded filters by need and category; the number of results is announced.',
    markup: '<mh-contact-list searchable></mh-contact-list>',
  },
  {
    name: 'Filters open, acute preset',
    description: 'The host presets need="acute": the emergency numbers come first, and the visitor can change the filters (opened here).',
    markup: '<mh-contact-list searchable need="acute"></mh-contact-list>',
    setup: async (element) => {
      const details = (await rendered(element)).shadowRoot?.querySelector('details');
      if (details) details.open = true;
    },
  },
  {
    name: 'Search finds more outside the filters',
    description: 'A search for "bolig" with need="acute": two results, and a line saying how many more the filters hide, with a button that shows them all.',
    markup: '<mh-contact-list searchable need="acute"></mh-contact-list>',
    setup: typeSearch('bolig'),
  },
  {
    name: 'No results',
    description: 'A search that finds nothing: a button clears the search, and the emergency numbers are shown.',
    markup: '<mh-contact-list searchable></mh-contact-list>',
    setup: typeSearch('krisesenter'),
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
  {
    name: 'Contacts lost to an attribute',
    description:
      'What a framework leaves when it rendered the list before its module loaded (React 19, Vue: contacts="[object Object]"): a notice on how to pass local contacts; the chosen contacts are still shown.',
    markup: '<mh-contact-list ids="rosa" contacts="[object Object]"></mh-contact-list>',
  },
];
