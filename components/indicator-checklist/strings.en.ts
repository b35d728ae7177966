import type { IndicatorChecklistStrings } from './strings.js';

export const en: IndicatorChecklistStrings = {
  questionsHeading: 'About the person',
  ageLegend: 'Could the person be under 18?',
  ageYes: 'Yes, or you are in doubt',
  ageNo: 'No',
  formsLegend: 'Could it be exploitation for prostitution or forced labour?',
  formsHint: 'Tick to show more indicators for that form of exploitation.',
  forms: { prostitution: 'Prostitution (prostitusjon)', 'forced-labour': 'Forced labour (tvangsarbeid)' },
  reset: 'Clear',
  print: 'Print',
  resetDone: 'Your ticks and answers have been cleared.',
  summaryHeading: 'Summary',
  printedOn: (date) => `Printed ${date}.`,
  nothingTicked: 'You have not ticked any indicators.',
  tickedLead: 'You have ticked these indicators:',
  stepsHeading: 'What do you do next?',
  minorHeading: 'If the person could be under 18',
  minorContact:
    'Call the child welfare service (barnevernstjenesten) in the municipality or the child welfare emergency service (barnevernvakten). You can also call the helpline for children and young people (Alarmtelefonen for barn og unge):',
  alarmName: 'Alarmtelefonen for barn og unge',
  linksHeading: 'Read more',
  dutyLink: 'Duty to avert (avvergingsplikt) and duty to report to the child welfare service (meldeplikt): where to report your concern',
  rightsLink: 'Rights of presumed victims',
  contactsLink: 'Agencies, support services and online resources',
  unknownIds: (ids) => `Unknown indicators were ignored: ${ids}.`,
};
