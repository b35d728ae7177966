import type { WidgetBench, WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Professional',
    description:
      'The nine rights of presumed victims with the bodies responsible and the guide’s explanations behind “Les mer”, for frontline workers. Age is not set, so what applies to presumed minors is shown too, each addition marked “Under 18 år”. “Vis for personen” switches to the person version.',
    markup: '<mh-rights-list></mh-rights-list>',
  },
  {
    name: 'Professional, adult',
    description: 'A host for adults only sets `audience="adult"`: the minors’ additions are left out.',
    markup: '<mh-rights-list audience="adult"></mh-rights-list>',
  },
  {
    name: 'Professional, minor',
    description: 'The person is a presumed minor: representative or guardian, school, and barnevernet’s role, without the “Under 18 år” marks.',
    markup: '<mh-rights-list audience="minor"></mh-rights-list>',
  },
  {
    name: 'Person',
    description:
      'The information to give the person, addressed to them (“Du kan få helsehjelp.”), with ROSA’s helpline and 116 111 as phone links; age not set, so the right to school is added, marked “Under 18 år”. Prints as a one-page handout.',
    markup: '<mh-rights-list variant="person"></mh-rights-list>',
  },
  {
    name: 'Person, adult',
    description: 'The person version for an adult: no right to school, ROSA first.',
    markup: '<mh-rights-list variant="person" audience="adult"></mh-rights-list>',
  },
  {
    name: 'Person, minor',
    description: 'The person version for a presumed minor: the children’s helpline first, and the right to school.',
    markup: '<mh-rights-list variant="person" audience="minor"></mh-rights-list>',
  },
];

// What the render benchmark measures (bench/widgets.js).
export const bench: WidgetBench = { example: 'Professional, minor' };
