import type { WidgetExample } from '../../src/examples.js';

/**
 * Waits until the widget is in the page and rendered, then clicks one of its buttons: a story
 * calls set-up before it inserts the element, a test after.
 */
async function clickWhenRendered(element: HTMLElement, selector: string): Promise<void> {
  for (let tries = 0; tries < 100 && !element.isConnected; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  await customElements.whenDefined(element.localName);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  element.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

export const examples: WidgetExample[] = [
  {
    name: 'Overview',
    description: 'No answers: the complete overview of Del 6 – all four steps and all duties. The default on a page for everyone.',
    markup: '<mh-reporting-duty></mh-reporting-duty>',
  },
  {
    name: 'Public body',
    description: 'Preset for staff of a public body (e.g. a municipal intranet): meldeplikt applies when a child may be affected.',
    markup: '<mh-reporting-duty user-role="public"></mh-reporting-duty>',
  },
  {
    name: 'Tasks for a public body',
    description: 'Preset for organisations and firms that carry out tasks for a public body: meldeplikt applies to them too.',
    markup: '<mh-reporting-duty user-role="public-task"></mh-reporting-duty>',
  },
  {
    name: 'NGO or volunteer',
    description: 'Preset for an organisation that does not carry out public tasks, or a volunteer: avvergingsplikt, and the right to report.',
    markup: '<mh-reporting-duty user-role="ngo"></mh-reporting-duty>',
  },
  {
    name: 'Private person',
    description: 'Preset for a private person: avvergingsplikt, and the right to report to the police or (anonymously) to barnevernet.',
    markup: '<mh-reporting-duty user-role="private"></mh-reporting-duty>',
  },
  {
    name: 'Minor',
    description: 'The person may be under 18: meldeplikt (for public roles), steps 2–3 for minors, Alarmtelefonen.',
    markup: '<mh-reporting-duty minor></mh-reporting-duty>',
  },
  {
    name: 'Age unknown',
    description: 'The age is unclear: the person is treated as a child, and the age rule is shown first.',
    markup: '<mh-reporting-duty minor="unknown"></mh-reporting-duty>',
  },
  {
    name: 'Adult',
    description: 'The person is an adult: steps 2 and 4 for adults, ROSA.',
    markup: '<mh-reporting-duty minor="no"></mh-reporting-duty>',
  },
  {
    name: 'Acute danger',
    description: 'Acute danger to life or health: the emergency numbers come first.',
    markup: '<mh-reporting-duty acute></mh-reporting-duty>',
  },
  {
    name: 'Public body, minor, acute danger',
    description:
      'All three answers preset: the questions fold into one line of answers with "Endre svarene", and the answer panel comes first – 112 now, avvergingsplikt, meldeplikt, barnevernet/116 111.',
    markup: '<mh-reporting-duty user-role="public" minor acute></mh-reporting-duty>',
  },
  {
    name: 'Answer panel, one answer',
    description:
      'Only "acute danger: no" answered: the answer panel already shows, and the duties an open question may bring stay with "Hvis …" (meldeplikt, barnevernet); 113 and 116 117 stay reachable.',
    markup: '<mh-reporting-duty acute="no"></mh-reporting-duty>',
  },
  {
    name: 'Adult, no acute danger',
    description:
      'An adult without acute danger: ROSA, the medical numbers 113 and 116 117 in the panel and step 2, and step 3 kept for children the adult may have with them.',
    markup: '<mh-reporting-duty user-role="ngo" minor="no" acute="no"></mh-reporting-duty>',
  },
  {
    name: 'Changing the answers',
    description: 'All three answered, then "Endre svarene": the questions open again with focus on the first one, and "Se svaret" folds them.',
    markup: '<mh-reporting-duty user-role="private" minor="unknown" acute="yes"></mh-reporting-duty>',
    setup: (element) => clickWhenRendered(element, 'button.change'),
  },
  {
    name: 'All steps open',
    description: 'The guide’s text in its numbered steps, every step opened with "Vis alle steg" (the legal text stays one click further).',
    markup: '<mh-reporting-duty user-role="public-task" minor="yes" acute="no"></mh-reporting-duty>',
    setup: (element) => clickWhenRendered(element, 'button.toggle-steps'),
  },
  {
    name: 'Private person, adult, not acute',
    description: 'A private person worried about an adult, no acute danger.',
    markup: '<mh-reporting-duty user-role="private" minor="no" acute="no"></mh-reporting-duty>',
  },
  {
    name: 'Nynorsk, heading level 3',
    description: 'Questions and labels in nynorsk (the guide’s text stays in bokmål) under an h2 of the host page.',
    markup: '<mh-reporting-duty lang="nn" heading-level="3" user-role="public-task"></mh-reporting-duty>',
  },
  {
    name: 'English',
    description: 'Questions and labels in English; the guide’s text stays in bokmål, with the footer saying so.',
    markup: '<mh-reporting-duty lang="en" minor="unknown"></mh-reporting-duty>',
  },
  {
    name: 'Nynorsk, all answered',
    description: 'The folded answers and the answer panel in nynorsk.',
    markup: '<mh-reporting-duty lang="nn" user-role="public" minor="no" acute="yes"></mh-reporting-duty>',
  },
  {
    name: 'Invalid role',
    description: 'An unknown user-role: the overview, a visible notice and one console warning naming the valid values.',
    markup: '<mh-reporting-duty user-role="teacher"></mh-reporting-duty>',
  },
];
