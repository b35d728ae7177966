/**
 * Contacts a host adds (a kommune's own barnevernvakt, legevakt …), from a child
 * `<script type="application/json">` or a property. Validated entry by entry with zod/mini:
 * a bad entry is skipped and reported, the rest are shown. Links other than https:, tel: and
 * mailto: can not pass the schema, and every string is rendered as text.
 */
import * as z from 'zod/mini';
import { Id, Text } from './schemas/common.js';
import { Email, PhoneSchema, WebSchema } from './schemas/contacts.js';
import { AUDIENCES, CATEGORY_IDS, NEEDS, type Audience, type CategoryId, type Need, type Phone, type Web } from './contacts.js';

export const HostContactSchema = z.strictObject({
  id: Id,
  name: Text,
  short: z.optional(Text),
  /** Host wording, not a quote. */
  description: z.optional(Text),
  category: z.optional(z.enum(CATEGORY_IDS)),
  audience: z.optional(z.array(z.enum(AUDIENCES))),
  needs: z.optional(z.array(z.enum(NEEDS))),
  phones: z.optional(z.array(PhoneSchema)),
  emails: z.optional(z.array(Email)),
  web: z.optional(z.array(WebSchema)),
});

/**
 * A contact a host supplies (the `contacts` property of `<mh-contact-list>`, or an entry of its JSON
 * block): the input the schema accepts. Only `id` and `name` are required.
 */
export type HostContact = z.input<typeof HostContactSchema>;

/** What `contacts` accepts: a list of contacts, or `{ contacts: [...] }` like the JSON block. */
export type HostContacts = readonly HostContact[] | { readonly contacts: readonly HostContact[] };

/** A validated host contact with every list present. */
export interface CheckedHostContact {
  id: string;
  name: string;
  short?: string;
  description?: string;
  category?: CategoryId;
  audience: Audience[];
  needs: Need[];
  phones: Phone[];
  emails: string[];
  web: Web[];
}

export interface HostContactProblem {
  /** Position in the supplied list. */
  index: number;
  /** The entry's id when it has a readable one. */
  id?: string;
  /** The field at fault, e.g. "web.0.href"; "(entry)" for the entry itself. */
  field: string;
  message: string;
}

export interface HostContactsResult {
  contacts: CheckedHostContact[];
  problems: HostContactProblem[];
}

let validations = 0;

/** How many times host contacts were validated on this page: lets a test show a widget checks them once, not per render. */
export function hostContactValidations(): number {
  return validations;
}

/**
 * Validates `input` (an array, or `{ "contacts": [...] }`). Entries whose id is taken (by the
 * guide's contacts in `reservedIds`, or an earlier entry) are skipped too, so ids stay unique.
 */
export function parseHostContacts(input: unknown, reservedIds: readonly string[] = []): HostContactsResult {
  validations += 1;
  const list = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { contacts?: unknown }).contacts)
      ? (input as { contacts: unknown[] }).contacts
      : null;
  if (!list) {
    return { contacts: [], problems: [{ index: -1, field: '(root)', message: 'expected an array of contacts or { "contacts": [...] }' }] };
  }
  const taken = new Set(reservedIds);
  const contacts: CheckedHostContact[] = [];
  const problems: HostContactProblem[] = [];
  list.forEach((entry, index) => {
    const rawId = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const result = z.safeParse(HostContactSchema, entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      if (!issue) {
        problems.push({ index, id, field: '(entry)', message: 'Invalid entry' });
        return;
      }
      const field = issue.path.length ? issue.path.join('.') : '(entry)';
      // Unknown keys are reported on the object; name them so the editor can find the typo.
      const keys = (issue as { keys?: string[] }).keys;
      problems.push({ index, id, field: keys?.length ? keys.join(', ') : field, message: issue.message });
      return;
    }
    const data = result.data;
    if (taken.has(data.id)) {
      problems.push({ index, id: data.id, field: 'id', message: `the id "${data.id}" is already used` });
      return;
    }
    taken.add(data.id);
    contacts.push({
      ...data,
      audience: data.audience ?? [],
      needs: data.needs ?? [],
      phones: data.phones ?? [],
      emails: data.emails ?? [],
      web: data.web ?? [],
    });
  });
  return { contacts, problems };
}

/** Parses the JSON text of a `<script type="application/json">` block. */
export function parseHostContactsJson(text: string, reservedIds: readonly string[] = []): HostContactsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { contacts: [], problems: [{ index: -1, field: '(json)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseHostContacts(data, reservedIds);
}

/** A paragraph or line break tag a rich-text editor inserts (WordPress' wpautop: `</p>\n<p>` for a blank line, `<br />`). */
const EDITOR_TAG = /^(?:<\/?p>|<br\s*\/?>)/i;

/**
 * `text` without the paragraph and line-break tags a rich-text editor put between JSON tokens.
 * Only outside strings: a tag inside a string value is the host's text and stays.
 */
export function stripEditorMarkup(text: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '<') {
      const tag = EDITOR_TAG.exec(text.slice(index, index + 8));
      if (tag) {
        index += tag[0].length - 1;
        continue;
      }
    }
    if (char === '"') inString = true;
    out += char;
  }
  return out;
}

/**
 * Parses a JSON block; when it is not valid JSON only because a rich-text editor put `<p>`/`<br>`
 * tags into it (classic WordPress content, where a blank line becomes `</p><p>`), the block
 * without them is used and `repaired` is true.
 */
export function parseHostContactsBlock(text: string, reservedIds: readonly string[] = []): HostContactsResult & { repaired: boolean } {
  const result = parseHostContactsJson(text, reservedIds);
  if (!result.problems.some((problem) => problem.field === '(json)')) return { ...result, repaired: false };
  const stripped = stripEditorMarkup(text);
  if (stripped === text) return { ...result, repaired: false };
  const repaired = parseHostContactsJson(stripped, reservedIds);
  return repaired.problems.some((problem) => problem.field === '(json)') ? { ...result, repaired: false } : { ...repaired, repaired: true };
}
