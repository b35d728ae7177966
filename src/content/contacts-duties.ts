/** Contacts named in content/nb/duties.json, for the reporting duty (Del 6). See ./contact-slice.ts. */
import nb from '../../content/nb/contacts.json';
import { contactGetter } from './contact-slice.js';

export const getContact = contactGetter(nb);
