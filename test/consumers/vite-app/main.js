// An app that imports the main entry (for registerLocale) and one widget's module, as the README
// shows. Its bundle must hold one copy of Lit and of the library, and the language registered
// through the main entry must reach the card defined by the component entry.
import { registerLocale, VERSION } from 'menneskehandel-widgets';
import 'menneskehandel-widgets/components/contact-card.js';
// Written by test/consumers/run.js from content/nb/contacts.json: every name marked "UK ".
import ukContacts from './uk-contacts.json';

window.consumer = (async () => {
  await registerLocale('uk', { contacts: ukContacts });
  const card = document.querySelector('mh-contact-card');
  await customElements.whenDefined('mh-contact-card');
  card.requestUpdate();
  await card.updateComplete;
  return { version: VERSION, text: card.shadowRoot.textContent.replace(/\s+/g, ' ').trim() };
})();
