import { localStrings } from '../strings.js';

const nb = {
  notFound: (id: string) => `Fant ikke kontakten «${id}».`,
  noContact: 'Ingen kontakt er valgt.',
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
  places: 'Steder',
  more: (name: string) => `Mer om ${name}`,
};
export type ContactStrings = typeof nb;

export const strings = localStrings('contact', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
