/** zod schemas of content/nb/duties.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { Id, Source, Text } from './common.js';

/** A web address the guide prints in the text; `label` is the printed form and must occur in the text. */
export const DutyLink = z.strictObject({
  label: Text,
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'links are https:// addresses')),
});

/**
 * A paragraph and/or list quoted from the guide. `when` limits it to a person who may be a minor
 * ("minor") or is an adult ("adult"); without it the block always shows.
 */
export const DutyBlock = z.strictObject({
  text: z.optional(Text),
  items: z.optional(z.array(Text).check(z.minLength(1))),
  contacts: z.optional(z.array(Id)),
  links: z.optional(z.array(DutyLink)),
  when: z.optional(z.enum(['minor', 'adult'])),
  source: z.optional(Source),
});
export type DutyBlock = z.infer<typeof DutyBlock>;

const StepNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One of Del 6's four steps: `text` is the guide's list item, `heading` the step's own heading. */
export const DutyStep = z.strictObject({
  id: Id,
  number: StepNumber,
  text: Text,
  short: Text,
  heading: Text,
  source: Source,
});
export type DutyStep = z.infer<typeof DutyStep>;

/** A quoted sentence with an id (the age rule, the "Merk:" note …). */
export const DutyStatement = z.strictObject({ id: Id, text: Text, source: Source });
export type DutyStatement = z.infer<typeof DutyStatement>;

/** A section of Del 6 under one step; `law` is the guide's § text box, `readMore` where to read on. */
export const DutySection = z.strictObject({
  id: Id,
  step: z.optional(StepNumber),
  heading: z.optional(Text),
  short: Text,
  blocks: z.array(DutyBlock).check(z.minLength(1)),
  law: z.optional(z.strictObject({ id: Id, heading: Text, blocks: z.array(DutyBlock).check(z.minLength(1)) })),
  readMore: z.optional(z.strictObject({ text: Text, links: z.optional(z.array(DutyLink)) })),
  source: Source,
});
export type DutySection = z.infer<typeof DutySection>;

/** How strongly the guide puts it: a short form must never state it more strongly than its quote. */
export const DUTY_MODALITIES = ['skal', 'bør', 'kan', 'vurdere'] as const;

/**
 * One item of the widget's answer panel: `short` is our short form of `text`, a verbatim quote
 * that also stands in the blocks of `section` (a test checks both), so the short form sits next
 * to the words it shortens. `modality` is the guide's (skal / bør / kan / vurdere). Numbers in
 * `short` are linked from `contacts`, as in blocks.
 */
export const DutyAnswer = z.strictObject({
  id: Id,
  section: Id,
  modality: z.enum(DUTY_MODALITIES),
  text: Text,
  short: Text,
  contacts: z.optional(z.array(Id)),
  source: Source,
});
export type DutyAnswer = z.infer<typeof DutyAnswer>;

export const DutiesFileSchema = z.strictObject({
  concern: DutyStatement,
  intro: z.strictObject({ id: Id, heading: Text, text: Text, source: Source }),
  steps: z.array(DutyStep).check(z.length(4)),
  note: DutyStatement,
  ageRule: DutyStatement,
  sections: z.array(DutySection).check(z.minLength(1)),
  advice: DutySection,
  // Optional so a host's own language registered before the panel existed stays valid; the widget
  // then shows the bokmål short forms (as for any missing content).
  answers: z.optional(z.array(DutyAnswer).check(z.minLength(1))),
});
export type DutiesFile = z.infer<typeof DutiesFileSchema>;
