import { html, type TemplateResult } from 'lit';
import { byLang, type BuiltinLang, type Lang } from './locale.js';
import { phoneDisplay, phoneHref } from './content/phone.js';

/** The accessible name per shipped language; a host language (no entry) uses nb, like its missing UI strings. */
const CALL: Record<BuiltinLang, (whom: string, number: string) => string> = {
  nb: (whom, number) => `Ring ${whom}, ${number}`,
  nn: (whom, number) => `Ring ${whom}, ${number}`,
  en: (whom, number) => `Call ${whom}, ${number}`,
};

/** Detail of the `mh-contact-call` event, fired when a tel: link is activated. */
export interface ContactCallDetail {
  /** Contact id, when the number belongs to a contact in the content. */
  id?: string;
  /** Canonical digits of the number called. */
  number: string;
}

declare global {
  interface HTMLElementEventMap {
    'mh-contact-call': CustomEvent<ContactCallDetail>;
  }
}

/**
 * A tel: link showing the number as printed; its accessible name says whom you call
 * ("Ring ROSA, 22 33 11 60"), which still contains the visible text (WCAG 2.5.3).
 * Activating it fires `mh-contact-call` so a host may count calls; the library records nothing.
 */
export function renderPhoneLink(options: {
  digits: string;
  whom: string;
  lang: Lang;
  contactId?: string;
  part?: string;
  className?: string;
}): TemplateResult {
  const display = phoneDisplay(options.digits);
  const onClick = (event: Event) => {
    const detail: ContactCallDetail = { number: options.digits };
    if (options.contactId) detail.id = options.contactId;
    event.currentTarget?.dispatchEvent(new CustomEvent<ContactCallDetail>('mh-contact-call', { detail, bubbles: true, composed: true }));
  };
  return html`<a
    class=${options.className ?? 'mh-tel'}
    part=${options.part ?? 'link phone'}
    href=${phoneHref(options.digits)}
    aria-label=${byLang(CALL, options.lang)(options.whom, display)}
    @click=${onClick}
    >${display}</a
  >`;
}
