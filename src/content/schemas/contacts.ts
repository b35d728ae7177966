/** zod schemas of content/nb/contacts.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { CATEGORY_IDS, AUDIENCES, NEEDS } from '../contacts.js';
import { Id, Source, Text } from './common.js';
import { ProseBlock } from './prose.js';
import { PhoneNumber } from './common.js';

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
  address: z.string().check(z.maxLength(2000), z.regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\/[^\s]*)?$/, 'web addresses are printed without scheme, e.g. "rosa-help.no"')),
  href: z.optional(z.string().check(z.maxLength(2000), z.regex(/^https:\/\/[^\s]+$/, 'links must start with https://'))),
});
export type Web = z.infer<typeof WebSchema>;

export const Email = z.string().check(z.maxLength(254), z.regex(/^[^\s@<>"'()]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'e-mail addresses look like name@example.no'));


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
  /** What it helps with, quoted from the guide: the first sentence, shown on every card. */
  description: Text,
  /**
   * A caveat the guide prints about the contact that a caller must see before writing or calling
   * (KOM: «KOM behandler ikke enkeltsaker.», Del 1). Quoted; shown next to the description.
   */
  note: z.optional(Text),
  /**
   * Where the service is, as the guide names the places ("Oslo", "Bergen" …), in the guide's
   * order. Place names are not translated; the content test checks each one appears in the
   * contact's quoted text.
   */
  places: z.optional(z.array(Text).check(z.minLength(1))),
  /**
   * The rest of the guide's description after `description`, quoted: paragraphs, or a list where
   * the guide lists services. Shown behind a disclosure so the card stays scannable.
   */
  details: z.optional(z.array(ProseBlock).check(z.minLength(1))),
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
