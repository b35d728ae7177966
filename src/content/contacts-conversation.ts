/** Contacts named in content/nb/conversation.json, for the conversation guide (Del 4). See ./contact-slice.ts. */
import nb from '../../content/nb/contacts.json';
import { contactGetter } from './contact-slice.js';

export const getContact = contactGetter(nb);
