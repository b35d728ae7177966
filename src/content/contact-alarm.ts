/** The one contact the indicator checklist links: Alarmtelefonen for barn og unge (Del 6). See ./contact-slice.ts. */
import nb from '../../content/nb/contacts.json';
import { contactGetter } from './contact-slice.js';

export const ALARM_CONTACT_ID = 'alarmtelefonen';

const getContact = contactGetter(nb);

export const getAlarmContact = (lang?: string) => getContact(ALARM_CONTACT_ID, lang);
