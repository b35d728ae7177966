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
  /** contacts-src (the host's contacts file): while it loads, and when it can not be used. */
  fileLoading: 'Henter lokale kontakter …',
  fileRefused: (src: string) => `De lokale kontaktene vises ikke: «${src}» er ikke en adresse på dette nettstedet.`,
  fileFailed: (src: string) => `De lokale kontaktene kunne ikke hentes fra «${src}».`,
  fileInvalid: (src: string) => `De lokale kontaktene i «${src}» kunne ikke leses.`,
  fileEntry: (src: string, entry: string, field: string) => `En lokal kontakt i «${src}» ble ikke vist: ${entry}, feltet «${field}» er ugyldig.`,
  fileChecker: 'De lokale kontaktene vises ikke: en fil widgeten trenger, mangler på nettstedet.',
};
export type ContactStrings = typeof nb;

export const strings = localStrings('contact', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
