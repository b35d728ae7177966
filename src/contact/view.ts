/**
 * Rendering of one contact, shared by <mh-contact-card> and <mh-contact-list> so that a number,
 * its hours and its badge look and behave the same everywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../locale.js';
import { renderHeading, type HeadingLevel } from '../heading.js';
import { renderPhoneLink } from '../phone-link.js';
import { renderRunningText } from '../running-text.js';
import { renderProseBlock } from '../prose.js';
import { contactShortName, webHref, type Contact, type OpeningHours, type Phone } from '../content/contacts.js';
import { hoursStatus } from '../content/hours.js';
import { strings, type ContactStrings } from './strings.js';

/** What both widgets need of a contact: the guide's contacts and host-supplied ones. */
export type ContactLike = Pick<Contact, 'id' | 'name' | 'phones' | 'emails' | 'web'> &
  Partial<Pick<Contact, 'note' | 'places' | 'details'>> & {
    short?: string;
    description?: string;
  };

/** The name of weekday `day` (1 = Monday … 7 = Sunday); the number itself if out of range. */
function dayName(day: number, text: ContactStrings): string {
  return text.days[day - 1] ?? String(day);
}

/** "mandag–fredag" for consecutive days, else "mandag, onsdag". */
export function dayList(days: readonly number[], text: ContactStrings): string {
  const names = days.map((day) => dayName(day, text));
  const consecutive = days.length > 2 && days.every((day, index) => index === 0 || day === (days[index - 1] ?? 0) + 1);
  return consecutive ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
}

/** Opening hours in words; null when there is nothing to say beyond the badge. */
export function hoursInWords(hours: OpeningHours | undefined, text: ContactStrings): string | null {
  if (!hours || hours.kind === 'always') return null;
  if (hours.kind === 'text') return hours.text;
  return text.weekly(dayList(hours.days, text), hours.opens, hours.closes);
}

/**
 * The badge text at `now`: "Døgnåpen", "Åpen nå", "Stengt nå – åpner mandag kl. 10:00"; null when
 * unknown. Without `now` (a server render for any visitor) only "Døgnåpen", which needs no clock.
 */
export function badgeText(hours: OpeningHours | undefined, now: Date | undefined, text: ContactStrings): { text: string; state: 'always' | 'open' | 'closed' } | null {
  if (!now) return hours?.kind === 'always' ? { text: text.alwaysOpen, state: 'always' } : null;
  const status = hoursStatus(hours, now);
  switch (status.kind) {
    case 'always':
      return { text: text.alwaysOpen, state: 'always' };
    case 'open':
      return { text: text.openNow, state: 'open' };
    case 'closed': {
      const day = status.inDays === 0 ? text.today : status.inDays === 1 ? text.tomorrow : dayName(status.day, text);
      return { text: text.closedNow(text.at(day, status.opens)), state: 'closed' };
    }
    default:
      return null;
  }
}

function renderPhone(contact: ContactLike, phone: Phone, lang: Lang, now: Date | undefined, compact: boolean, fireId: boolean): TemplateResult {
  const text = strings(lang);
  const words = compact ? null : hoursInWords(phone.hours, text);
  const badge = badgeText(phone.hours, now, text);
  return html`<li class="phone" part="phone-item">
    ${renderPhoneLink({
      digits: phone.number,
      whom: contactShortName(contact),
      lang,
      contactId: fireId ? contact.id : undefined,
      part: 'link phone',
      className: 'mh-tel',
    })}
    ${phone.label && !compact ? html`<span class="phone-label" part="phone-label">${phone.label}</span>` : nothing}
    ${words || badge
      ? html`<span class="hours" part="hours">
          ${words ? html`<span class="hours-words">${words}</span>` : nothing}
          ${badge ? html`<span class="badge badge--${badge.state}" part="badge badge-${badge.state}">${badge.text}</span>` : nothing}
        </span>`
      : nothing}
  </li>`;
}

/**
 * What the contact is for, scannable: the guide's first sentence, a caveat the caller must see
 * (KOM does not handle individual cases), the places, and the rest of the guide's description
 * behind a native disclosure, so a long entry (Frelsesarmeen, Røde Kors) does not push the
 * numbers out of view.
 */
function renderAbout(contact: ContactLike, text: ContactStrings): TemplateResult {
  // The places line only where it adds something: Caritas' first sentence already names its cities.
  const description = contact.description ?? '';
  const places = contact.places?.some((place) => !description.includes(place)) ? contact.places : undefined;
  return html`${contact.description ? html`<p class="description" part="description">${renderRunningText(contact.description)}</p>` : nothing}
    ${contact.note ? html`<p class="note" part="note">${contact.note}</p>` : nothing}
    ${places
      ? html`<p class="places" part="places"><span class="places-label">${text.places}:</span> ${places.join(', ')}</p>`
      : nothing}
    ${contact.details?.length
      ? html`<details class="more" part="details">
          <summary part="summary">${text.more(contactShortName(contact))}</summary>
          <div class="more-body">${contact.details.map(renderProseBlock)}</div>
        </details>`
      : nothing}`;
}

/**
 * One contact: heading, what it is for (see renderAbout), phones (large tel: links with hours and badge),
 * e-mail and web addresses. `compact` keeps only the name and the numbers.
 */
export function renderContact(
  contact: ContactLike,
  options: { lang: Lang; now: Date | undefined; headingLevel: HeadingLevel; compact?: boolean; headingId?: string; fireId?: boolean },
): TemplateResult {
  const { lang, now, headingLevel, compact = false, fireId = true } = options;
  const text = strings(lang);
  const phones = contact.phones.length
    ? html`<ul class="phones" part="phones" aria-label=${text.phones}>
        ${contact.phones.map((phone) => renderPhone(contact, phone, lang, now, compact, fireId))}
      </ul>`
    : nothing;
  // Compact shows numbers only, but a contact without numbers must still say how to reach it.
  const showOther = !compact || contact.phones.length === 0;
  // A heading starts with a capital even where the guide names the service in running text
  // ("ring 116 117 (legevaktsentralen)").
  const title = contact.name.charAt(0).toUpperCase() + contact.name.slice(1);
  return html`${renderHeading(headingLevel, title, { id: options.headingId, part: 'heading name', className: 'name' })}
    ${compact ? nothing : renderAbout(contact, text)} ${phones}
    ${showOther && (contact.emails.length || contact.web.length)
      ? html`<ul class="links" part="links">
          ${contact.emails.map(
            (email) => html`<li>${text.email}: <a part="link email" href=${`mailto:${email}`}>${email}</a></li>`,
          )}
          ${contact.web.map((web) => {
            // Host data is validated already; this guard keeps any other scheme from ever becoming a link.
            const href = webHref(web);
            return html`<li>${text.web}: ${href.startsWith('https://') ? html`<a part="link web" href=${href}>${web.address}</a>` : web.address}</li>`;
          })}
        </ul>`
      : nothing}`;
}
