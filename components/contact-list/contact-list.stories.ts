import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Contact list',
  component: 'mh-contact-list',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['audience', 'minor'] },
} satisfies Meta;

export const AllContacts = storyFrom(examples, 'All contacts');
export const Searchable = storyFrom(examples, 'Searchable');
export const FiltersOpenAcutePreset = storyFrom(examples, 'Filters open, acute preset');
export const SearchFindsMoreOutsideTheFilters = storyFrom(examples, 'Search finds more outside the filters');
export const NoResults = storyFrom(examples, 'No results');
export const AcuteMinor = storyFrom(examples, 'Acute, minor');
export const HousingForAdults = storyFrom(examples, 'Housing for adults');
export const PublicBodiesOnly = storyFrom(examples, 'Public bodies only');
export const ChosenContacts = storyFrom(examples, 'Chosen contacts');
export const WithLocalContacts = storyFrom(examples, 'With local contacts');
export const BadInput = storyFrom(examples, 'Bad input');
export const ContactsLostToAnAttribute = storyFrom(examples, 'Contacts lost to an attribute');
