import type { ContactStrings } from './strings.js';

export const nn: ContactStrings = {
  notFound: (id) => `Fann ikkje kontakten «${id}».`,
  noContact: 'Ingen kontakt er vald.',
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
  places: 'Stader',
  more: (name) => `Meir om ${name}`,
};
