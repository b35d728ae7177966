/**
 * Del 4: the indicators of human trafficking, the arenas where exploitation may happen and the
 * guide's caveat. Indicators are not ranked: nothing here (or in a widget) may score them.
 */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/indicators.json';
import type { Indicator, IndicatorsFile } from './schemas/indicators.js';
export type { Indicator, IndicatorNote, IndicatorGroup, IndicatorCategory, FormSection, Arenas, IndicatorsFile } from './schemas/indicators.js';

/** Who an indicator applies to: everyone, or (in addition) minors only. */
export const AUDIENCES = ['all', 'minor'] as const;

export type Audience = (typeof AUDIENCES)[number];

/** Forms of exploitation that have their own extra indicators in the guide. */
export const FORMS = ['prostitution', 'forced-labour'] as const;

export type Form = (typeof FORMS)[number];

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
