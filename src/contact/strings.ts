import type { Lang } from '../locale.js';

const nb = {
  notFound: (id: string) => `Fant ikke kontakten «${id}».`,
  noContact: 'Ingen kontakt er valgt.',
  badHeadingLevel: (value: string, used: number) => `Ugyldig overskriftsnivå «${value}» (heading-level). Gyldige verdier: 2–6. Bruker ${used}.`,
  email: 'E-post',
  web: 'Nettside',
  phones: 'Telefon',
  alwaysOpen: 'Døgnåpen',
  openNow: 'Åpen nå',
  closedNow: (when: string) => `Stengt nå – åpner ${when}`,
  today: 'i dag',
  tomorrow: 'i morgen',
  at: (day: string, time: string) => `${day} kl. ${time}`,
  days: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  weekly: (days: string, opens: string, closes: string) => `Åpen ${days} kl. ${opens}–${closes}`,
  hoursLabel: 'Åpningstid',
};
export type ContactStrings = typeof nb;

const nn: ContactStrings = {
  notFound: (id) => `Fann ikkje kontakten «${id}».`,
  noContact: 'Ingen kontakt er vald.',
  badHeadingLevel: (value, used) => `Ugyldig overskriftsnivå «${value}» (heading-level). Gyldige verdiar: 2–6. Brukar ${used}.`,
  email: 'E-post',
  web: 'Nettstad',
  phones: 'Telefon',
  alwaysOpen: 'Døgnope',
  openNow: 'Ope no',
  closedNow: (when) => `Stengt no – opnar ${when}`,
  today: 'i dag',
  tomorrow: 'i morgon',
  at: (day, time) => `${day} kl. ${time}`,
  days: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
  weekly: (days, opens, closes) => `Ope ${days} kl. ${opens}–${closes}`,
  hoursLabel: 'Opningstid',
};

const en: ContactStrings = {
  notFound: (id) => `Could not find the contact “${id}”.`,
  noContact: 'No contact is selected.',
  badHeadingLevel: (value, used) => `Invalid heading level “${value}” (heading-level). Valid values: 2–6. Using ${used}.`,
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
};

export const strings: Record<Lang, ContactStrings> = { nb, nn, en };
