/** Contacts named in content/nb/rights.json, for the rights list (Del 7). See ./contact-slice.ts. */
import nb from '../../content/nb/contacts.json';
import { contactGetter } from './contact-slice.js';

export const getContact = contactGetter(nb);
