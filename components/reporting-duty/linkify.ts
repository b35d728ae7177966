import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../src/locale.js';
import { contactShortName } from '../../src/content/contact-slice.js';
import { getContact } from '../../src/content/named-contacts.js';
import type { DutyBlock } from '../../src/content/duties.js';
import { phoneDisplay } from '../../src/content/phone.js';
import { renderPhoneLink } from '../../src/phone-link.js';

interface Token {
  /** The text as printed in the guide's sentence. */
  match: string;
  render: () => TemplateResult;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What in a block may become a link: each phone number and e-mail address of the block's contacts
 * (from contacts.json, the one source of numbers) and each printed web address in `links`.
 */
export function blockTokens(block: Pick<DutyBlock, 'contacts' | 'links'>, lang: Lang): Token[] {
  const tokens: Token[] = [];
  for (const id of block.contacts ?? []) {
    const contact = getContact(id, lang) ?? getContact(id, 'nb');
    if (!contact) continue;
    const whom = contactShortName(contact);
    for (const phone of contact.phones) {
      tokens.push({
        match: phoneDisplay(phone.number),
        render: () => renderPhoneLink({ digits: phone.number, whom, lang, contactId: contact.id }),
      });
    }
    for (const email of contact.emails) {
      tokens.push({ match: email, render: () => html`<a part="link" href=${`mailto:${email}`}>${email}</a>` });
    }
  }
  for (const link of block.links ?? []) {
    tokens.push({ match: link.label, render: () => html`<a part="link" href=${link.url}>${link.label}</a>` });
  }
  return tokens;
}

/**
 * The quoted sentence with its numbers and addresses as links, bound as text (never as HTML).
 * A number only matches as a whole ("112" not inside "21 12 …").
 */
export function linkify(text: string, tokens: readonly Token[]): Array<string | TemplateResult> {
  if (tokens.length === 0) return [text];
  const sorted = [...tokens].sort((a, b) => b.match.length - a.match.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}@])(?:${sorted.map((token) => escapeRegExp(token.match)).join('|')})(?![\\p{L}\\p{N}]|\\s\\d)`, 'gu');
  const out: Array<string | TemplateResult> = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const token = sorted.find((candidate) => candidate.match === found[0]);
    if (!token || found.index === undefined) continue;
    out.push(text.slice(last, found.index), token.render());
    last = found.index + found[0].length;
  }
  out.push(text.slice(last));
  return out;
}
