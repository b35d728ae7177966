/**
 * Del 4: the indicators of human trafficking, the arenas where exploitation may happen and the
 * guide's caveat. Indicators are not ranked: nothing here (or in a widget) may score them.
 */
import * as z from 'zod/mini';
import type { Lang } from '../locale.js';
import { Id, Source, Text } from './common.js';
import { localized } from './store.js';
import nb from '../../content/nb/indicators.json';

/** Who an indicator applies to: everyone, or (in addition) minors only. */
export const AUDIENCES = ['all', 'minor'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Forms of exploitation that have their own extra indicators in the guide. */
export const FORMS = ['prostitution', 'forced-labour'] as const;
export type Form = (typeof FORMS)[number];

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

export function getIndicators(lang: Lang = 'nb'): IndicatorsFile {
  return localized('indicators', lang, nb as IndicatorsFile);
}

/** What a reader has said about the person: decides which indicators apply. */
export interface IndicatorFilter {
  minor: boolean;
  forms: readonly Form[];
}

/** Whether an indicator (or note) applies under `filter`. */
export function appliesTo(item: { audience: Audience; form?: Form }, filter: IndicatorFilter): boolean {
  if (item.audience === 'minor' && !filter.minor) return false;
  if (item.form && !filter.forms.includes(item.form)) return false;
  return true;
}

/** Every indicator in the guide's order: the four categories, then the form sections. */
export function listIndicators(file: IndicatorsFile): Indicator[] {
  return [
    ...file.categories.flatMap((category) => category.groups.flatMap((group) => group.indicators)),
    ...file.forms.flatMap((form) => form.indicators),
  ];
}
