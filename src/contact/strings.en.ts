import type { ContactStrings } from './strings.js';

export const en: ContactStrings = {
  notFound: (id) => `Could not find the contact “${id}”.`,
  noContact: 'No contact is selected.',
  email: 'E-mail',
  web: 'Website',
  phones: 'Phone',
  alwaysOpen: 'Open 24 hours',
  openNow: 'Open now',
  closedNow: (when) => `Closed now – opens ${when}`,
  today: 'today',
  tomorrow: 'tomorrow',
  at: (day, time) => `${day} at ${time}`,
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  weekly: (days, opens, closes) => `Open ${days}, ${opens}–${closes}`,
  hoursLabel: 'Opening hours',
  places: 'Places',
  more: (name) => `More about ${name}`,
};
