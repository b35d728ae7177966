import { define } from '../../src/define.js';
import { MhContactList } from './contact-list.js';

define('mh-contact-list', MhContactList);

declare global {
  interface HTMLElementTagNameMap {
    'mh-contact-list': MhContactList;
  }
}

export { MhContactList };
export type { HostContact, HostContacts } from '../../src/content/host-contacts.js';
