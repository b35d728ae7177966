/** zod schemas of content/nb/indicators.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { AUDIENCES, FORMS } from '../indicators.js';
import { Id, Source, Text } from './common.js';



export const IndicatorSchema = z.strictObject({
  id: Id,
  text: Text,
  audience: z.enum(AUDIENCES),
  form: z.optional(z.enum(FORMS)),
  source: Source,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A "Vær oppmerksom på …" remark: shown with the indicators, but not something to tick. */
export const IndicatorNoteSchema = z.strictObject({
  id: Id,
  text: Text,
  audience: z.enum(AUDIENCES),
  source: Source,
});
export type IndicatorNote = z.infer<typeof IndicatorNoteSchema>;

/** A run of indicators inside a category; `heading` is the guide's sub-heading or lead-in, if any. */
export const IndicatorGroupSchema = z.strictObject({
  id: Id,
  heading: z.optional(Text),
  indicators: z.array(IndicatorSchema),
  notes: z.optional(z.array(IndicatorNoteSchema)),
});
export type IndicatorGroup = z.infer<typeof IndicatorGroupSchema>;

export const IndicatorCategorySchema = z.strictObject({
  id: Id,
  title: Text,
  /** The guide's one-line description ("Ofre kan ha en bakgrunn …"). */
  description: Text,
  groups: z.array(IndicatorGroupSchema).check(z.minLength(1)),
  source: Source,
});
export type IndicatorCategory = z.infer<typeof IndicatorCategorySchema>;

/** Extra indicators for one form of exploitation, with the guide's lead-in ("Personen..."). */
export const FormSectionSchema = z.strictObject({
  id: z.enum(FORMS),
  /** Our short name for the form (not a quote), used in the summary. */
  label: Text,
  heading: Text,
  text: Text,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
  source: Source,
});
export type FormSection = z.infer<typeof FormSectionSchema>;

export const ArenasSchema = z.strictObject({
  id: Id,
  heading: Text,
  intro: z.array(z.strictObject({ text: Text })),
  items: z.array(z.strictObject({ id: Id, text: Text, items: z.optional(z.array(Text)) })).check(z.minLength(1)),
  source: Source,
});
export type Arenas = z.infer<typeof ArenasSchema>;

const Quoted = z.strictObject({ id: Id, text: Text, source: Source });

export const IndicatorsFileSchema = z.strictObject({
  heading: Text,
  intro: z.strictObject({ text: Text }),
  caveat: Quoted,
  categoriesIntro: z.strictObject({ text: Text }),
  categories: z.array(IndicatorCategorySchema).check(z.length(4)),
  forms: z.array(FormSectionSchema),
  arenas: ArenasSchema,
});
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;
