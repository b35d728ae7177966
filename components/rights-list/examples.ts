import type { WidgetExample } from '../../src/examples.js';

export const examples: WidgetExample[] = [
  {
    name: 'Professional',
    description:
      'The nine rights of presumed victims with the bodies responsible and the guide’s explanations behind “Les mer”, for frontline workers. “Vis for personen” switches to the person version.',
    markup: '<mh-rights-list></mh-rights-list>',
  },
  {
    name: 'Professional, minor',
    description: 'As Professional, plus what applies to presumed minors: representative or guardian, school, and barnevernet’s role.',
    markup: '<mh-rights-list audience="minor"></mh-rights-list>',
  },
  {
    name: 'Person',
    description:
      'The information to give the person, addressed to them (“Du kan få helsehjelp.”), with ROSA’s helpline and 116 111 as phone links. Prints as a one-page handout.',
    markup: '<mh-rights-list variant="person"></mh-rights-list>',
  },
  {
    name: 'Person, minor',
    description: 'The person version for a presumed minor: the children’s helpline first, and the right to school.',
    markup: '<mh-rights-list variant="person" audience="minor"></mh-rights-list>',
  },
];
