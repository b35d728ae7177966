import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Reporting duty',
  component: 'mh-reporting-duty',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['user-role', 'ngo'] },
} satisfies Meta;

export const Overview = storyFrom(examples, 'Overview');
export const PublicBody = storyFrom(examples, 'Public body');
export const TasksForAPublicBody = storyFrom(examples, 'Tasks for a public body');
export const NgoOrVolunteer = storyFrom(examples, 'NGO or volunteer');
export const PrivatePerson = storyFrom(examples, 'Private person');
export const Minor = storyFrom(examples, 'Minor');
export const AgeUnknown = storyFrom(examples, 'Age unknown');
export const Adult = storyFrom(examples, 'Adult');
export const AcuteDanger = storyFrom(examples, 'Acute danger');
export const PublicBodyMinorAcuteDanger = storyFrom(examples, 'Public body, minor, acute danger');
export const PrivatePersonAdultNotAcute = storyFrom(examples, 'Private person, adult, not acute');
export const AnswerPanelOneAnswer = storyFrom(examples, 'Answer panel, one answer');
export const AdultNoAcuteDanger = storyFrom(examples, 'Adult, no acute danger');
export const ChangingTheAnswers = storyFrom(examples, 'Changing the answers');
export const AllStepsOpen = storyFrom(examples, 'All steps open');
export const NynorskHeadingLevel3 = storyFrom(examples, 'Nynorsk, heading level 3');
export const English = storyFrom(examples, 'English');
export const NynorskAllAnswered = storyFrom(examples, 'Nynorsk, all answered');
export const InvalidRole = storyFrom(examples, 'Invalid role');
