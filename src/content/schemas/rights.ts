/**
 * zod schemas of content/nb/rights.json (tests, build and host data; never needed to show nb content).
 * Del 7 (the rights of presumed victims and who is responsible) and Del 5's list of information
 * to give the person. Every text is a quote; phone numbers and links are attached to the quote
 * so the widget can make them clickable without retyping them.
 */
import * as z from 'zod/mini';
import { Id, PhoneNumber, Source, Text } from './common.js';

/**
 * Who a piece of text is for. Absent: everyone; "minor": shown only for presumed minors. On a
 * `person.call` entry, "minor" marks the number for under-18s (labelled so, and shown first to minors).
 */
export const RightsAudience = z.enum(['adult', 'minor']);
export type RightsAudience = z.infer<typeof RightsAudience>;

const HttpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'links are https: addresses'));

/** A phone number printed inside the quote (its printed form must occur in the text). */
export const RightsPhone = z.strictObject({
  digits: PhoneNumber,
  /** Contact id in contacts.json, when the number belongs to one. */
  contact: z.optional(Id),
});
export type RightsPhone = z.infer<typeof RightsPhone>;

/** An address printed inside the quote (`text` occurs in it) and the https: address it opens. */
export const RightsLink = z.strictObject({ text: Text, href: HttpsUrl });
export type RightsLink = z.infer<typeof RightsLink>;

/**
 * An address the guide prints elsewhere for the same resource (e.g. Del 8), shown after the quote
 * because the quote's own link target was lost in extraction.
 */
export const RightsSeeAlso = z.strictObject({ label: Text, href: HttpsUrl, source: Source });
export type RightsSeeAlso = z.infer<typeof RightsSeeAlso>;

export const RightsBlock = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('paragraph'),
    text: Text,
    audience: z.optional(RightsAudience),
    phones: z.optional(z.array(RightsPhone)),
    links: z.optional(z.array(RightsLink)),
  }),
  z.strictObject({
    kind: z.literal('list'),
    text: z.optional(Text),
    items: z.array(Text).check(z.minLength(1)),
    audience: z.optional(RightsAudience),
  }),
]);
export type RightsBlock = z.infer<typeof RightsBlock>;

/** One of the guide's explanation sections ("Disse instansene har hovedansvar …"). */
export const RightsSection = z.strictObject({
  id: Id,
  heading: Text,
  audience: z.optional(RightsAudience),
  source: Source,
  blocks: z.array(RightsBlock).check(z.minLength(1)),
});
export type RightsSection = z.infer<typeof RightsSection>;

/** A body responsible for a right: its name as the guide writes it, and a contact id where one exists. */
export const RightsBody = z.strictObject({
  name: Text,
  contact: z.optional(Id),
  /** The guide's words on what the body does for this right. */
  note: z.optional(Text),
  audience: z.optional(RightsAudience),
});
export type RightsBody = z.infer<typeof RightsBody>;

export const Right = z.strictObject({
  id: Id,
  text: Text,
  /** Ids of the explanation sections in `sections`. */
  sections: z.array(Id).check(z.minLength(1)),
  bodies: z.array(RightsBody).check(z.minLength(1)),
  note: z.optional(Text),
  source: Source,
});
export type Right = z.infer<typeof Right>;

export const PersonItem = z.strictObject({
  id: Id,
  text: Text,
  phones: z.optional(z.array(RightsPhone)),
  links: z.optional(z.array(RightsLink)),
  seeAlso: z.optional(z.array(RightsSeeAlso)),
  source: Source,
});
export type PersonItem = z.infer<typeof PersonItem>;

export const RightsFileSchema = z.strictObject({
  intro: z.strictObject({ id: Id, heading: Text, text: Text, source: Source }),
  rightsLead: z.strictObject({ id: Id, text: Text, source: Source }),
  rights: z.array(Right).check(z.length(9)),
  minors: z.strictObject({
    id: Id,
    items: z.array(z.strictObject({ id: Id, text: Text })).check(z.minLength(1)),
    note: Text,
    source: Source,
  }),
  responsibility: z.strictObject({ id: Id, heading: Text, source: Source, blocks: z.array(RightsBlock).check(z.minLength(1)) }),
  sections: z.array(RightsSection).check(z.minLength(1)),
  nonPunishmentAssessment: z.strictObject({ id: Id, heading: Text, items: z.array(Text).check(z.minLength(1)), note: Text, source: Source }),
  person: z.strictObject({
    id: Id,
    text: Text,
    items: z.array(PersonItem).check(z.minLength(1)),
    note: Text,
    source: Source,
    /** The numbers shown prominently at the top of the person variant. */
    call: z.array(
      z.strictObject({ id: Id, digits: PhoneNumber, contact: z.optional(Id), audience: z.optional(RightsAudience) }),
    ),
  }),
});
export type RightsFile = z.infer<typeof RightsFileSchema>;
