/**
 * Del 8 (and the contact points of Del 5–7): who to call, write to or read. Phone numbers are
 * digits; their printed form and tel: address come from ./phone.ts.
 */
import * as z from 'zod/mini';
import type { Lang } from '../locale.js';
import { Id, Source, Text } from './common.js';
import { PhoneNumber } from './phone.js';
import { localized } from './store.js';
import nb from '../../content/nb/contacts.json';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().check(z.int(), z.gte(1), z.lte(7));
const Time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'times are "HH:MM" (24 h, Europe/Oslo)'));

/**
 * When a phone is answered. `always`: round the clock. `weekly`: the same hours on the listed
 * days, in Europe/Oslo time. `text`: hours only a person can judge (e.g. "open when the child
 * welfare service is closed") — shown in words, never as an open/closed badge.
 * `text` quotes the guide where it prints the hours.
 */
export const OpeningHours = z.union([
  z.strictObject({ kind: z.literal('always'), text: z.optional(Text) }),
  z.strictObject({
    kind: z.literal('weekly'),
    days: z.array(Weekday).check(z.minLength(1)),
    opens: Time,
    closes: Time,
    text: z.optional(Text),
  }),
  z.strictObject({ kind: z.literal('text'), text: Text }),
]);
export type OpeningHours = z.infer<typeof OpeningHours>;

export const PhoneSchema = z.strictObject({
  number: PhoneNumber,
  /** Quoted from the guide: what the line is ("UDIs veiledningstelefon"). */
  label: z.optional(Text),
  hours: z.optional(OpeningHours),
});
export type Phone = z.infer<typeof PhoneSchema>;

/** A web address as the guide prints it; the link goes to `href`, else https:// + address. */
export const WebSchema = z.strictObject({
  address: z.string().check(z.regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\/[^\s]*)?$/, 'web addresses are printed without scheme, e.g. "rosa-help.no"')),
  href: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'links must start with https://'))),
});
export type Web = z.infer<typeof WebSchema>;

export const Email = z.string().check(z.regex(/^[^\s@<>"'()]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'e-mail addresses look like name@example.no'));

export const CATEGORY_IDS = ['public', 'organisation', 'web', 'international'] as const;
export const AUDIENCES = ['adults', 'minors', 'professionals'] as const;
export const NEEDS = ['acute', 'housing', 'legal', 'health', 'work', 'return', 'advice'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Need = (typeof NEEDS)[number];

export const ContactSchema = z.strictObject({
  id: Id,
  /** As printed (a quote). */
  name: Text,
  /** Our short form for "Ring <short>, <number>"; defaults to name. */
  short: z.optional(Text),
  /** Grouping of Del 8. */
  category: z.enum(CATEGORY_IDS),
  /** Who the contact serves: adults, minors, professionals (the helpers). */
  audience: z.array(z.enum(AUDIENCES)),
  /** What a person can get help with; our tags, used by filters. */
  needs: z.array(z.enum(NEEDS)),
  /** What it helps with, quoted from the guide. */
  description: Text,
  phones: z.array(PhoneSchema),
  emails: z.array(Email),
  web: z.array(WebSchema),
  source: Source,
});
export type Contact = z.infer<typeof ContactSchema>;

export const CategorySchema = z.strictObject({ id: z.enum(CATEGORY_IDS), heading: Text, source: Source });
export type Category = z.infer<typeof CategorySchema>;

/** Numbers to show first when the need is acute, in this order. */
export const EmergencySchema = z.strictObject({
  contact: Id,
  number: PhoneNumber,
  minorsOnly: z.optional(z.boolean()),
});
export type EmergencyNumber = z.infer<typeof EmergencySchema>;

export const ContactsFileSchema = z.strictObject({
  categories: z.array(CategorySchema),
  emergency: z.array(EmergencySchema),
  contacts: z.array(ContactSchema).check(z.minLength(1)),
});
export type ContactsFile = z.infer<typeof ContactsFileSchema>;

const nbFile = nb as ContactsFile;

function file(lang: Lang): ContactsFile {
  return localized('contacts', lang, nbFile);
}

/** Every contact in the order of Del 8. */
export function getContacts(lang: Lang = 'nb'): readonly Contact[] {
  return file(lang).contacts;
}

export function getContact(id: string, lang: Lang = 'nb'): Contact | undefined {
  return file(lang).contacts.find((contact) => contact.id === id);
}

/** The categories of Del 8 with their printed headings, in order. */
export function getContactCategories(lang: Lang = 'nb'): readonly Category[] {
  return file(lang).categories;
}

/** Emergency numbers, in the order to show them. */
export function getEmergencyNumbers(lang: Lang = 'nb'): readonly EmergencyNumber[] {
  return file(lang).emergency;
}

/** Valid contact ids (for warnings and docs). */
export const CONTACT_IDS: readonly string[] = nbFile.contacts.map((contact) => contact.id);

/** The link target of a printed web address. */
export function webHref(web: Web): string {
  return web.href ?? `https://${web.address}`;
}

/** The name used in "Ring <whom>, <number>". */
export function contactShortName(contact: Pick<Contact, 'name' | 'short'>): string {
  return contact.short ?? contact.name;
}
