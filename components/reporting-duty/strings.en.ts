import type { ReportingDutyStrings } from './strings.js';

export const en: ReportingDutyStrings = {
  title: 'Which duty do I have?',
  intro:
    'Answer what you know – every question is optional and you can answer in any order. With no answers you see the whole overview from the guide. The overview does not decide your case.',
  notAdvice:
    'This overview explains what the guide says. It does not decide your case and is not legal advice. If in doubt, seek advice.',
  formLabel: 'Questions about the situation',
  roleLegend: 'Who are you?',
  roles: {
    public: 'I work in a public body',
    'public-task': 'I work in an organisation or company that carries out tasks for a public body',
    ngo: 'I am in an organisation that does not carry out tasks for a public body, or I am a volunteer',
    private: 'I am a private person',
  },
  minorLegend: 'Could the person be under 18?',
  minorYes: 'Yes',
  minorNo: 'No, the person is an adult',
  minorUnknown: "Don't know",
  minorUnknownHint: 'Treated as under 18 until the age is established.',
  acuteLegend: 'Is there acute danger to life or health?',
  acuteYes: 'Yes',
  acuteNo: 'No',
  clearGroup: (legend) => `Clear answer to "${legend}"`,
  clearGroupVisible: 'Clear answer',
  resetAll: 'Clear all answers',
  statusOverview: 'No answers: showing the whole overview.',
  status: (count) => `The overview matches your answers: ${count} ${count === 1 ? 'item' : 'items'}.`,
  overviewHeading: 'Overview: what the guide says',
  resultHeading: 'What the guide says about the situation you describe',
  step: (n) => `Step ${n}`,
  stepsLabel: 'The four steps',
  acuteFirst: 'Acute danger comes first',
  appliesTo: {
    'confidentiality-consent': 'For you if you assist the person and have a duty of confidentiality (taushetsplikt).',
    avvergingsplikt: 'Applies to everyone, at all times – including you.',
    'meldeplikt-barnevern':
      'Applies if you work in a public body, or in an organisation or company carrying out tasks for a public body, when a child may be affected.',
    'private-report':
      'For private persons and organisations not carrying out tasks for a public body: you have no duty to report to the child welfare service (meldeplikt) as the guide describes it, but you may report.',
    'barnevern-closed': '',
    'information-sharing': 'For public bodies.',
    'acute-help': '',
    'help-minor': '',
    'help-adult': '',
    'protect-minor': '',
    'connect-adult': '',
  },
  ngoTaskNote:
    'If your organisation carries out tasks for a public body, the duty to report to the child welfare service (meldeplikt til barnevernet) applies to you too. Then choose "I work in an organisation or company that carries out tasks for a public body".',
  ageRuleLabel: 'The age is unclear',
  lawSummaryPrefix: 'Legal text:',
  readMore: 'Read more',
  adviceHeading: 'Unsure? Seek advice',
  roleAttribute: 'Use the user-role attribute instead of role: role is an ARIA attribute.',
};
