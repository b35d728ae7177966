/**
 * `getContact(id, lang)` for a widget that links only the contacts its own content names (Del 5–7:
 * the reporting duty, rights, the conversation guide, the checklist's Alarmtelefonen). Tests,
 * Storybook and the npm build read the whole contacts file; in the script-tag build each widget
 * gets its own copy of this module holding only the contacts listed for it in
 * scripts/rollup/content-slice.js (CONTENT_SLICES, keyed by widget), so one widget does not carry
 * all of Del 8.
 */
import nb from '../../content/nb/contacts.json';
import { contactGetter } from './contact-slice.js';

export const getContact = contactGetter(nb);
