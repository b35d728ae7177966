/**
 * Del 5–6: the four steps when you are concerned, avvergingsplikt, meldeplikt til barnevernet,
 * the private person's right to report, acute help and advice. Phone numbers are not stored here:
 * a block names contact ids (content/nb/contacts.json) and the widget links each of the contact's
 * numbers where the quoted text prints it, so a number has one source only.
 */
import type { Lang } from '../locale.js';
import { localized, localizedPart } from './store.js';
import nb from '../../content/nb/duties.json';
import { ageRule as nbAgeRule, intro as nbIntro, steps as nbSteps } from '../../content/nb/duties.json';
import type { DutiesFile } from './schemas/duties.js';
export type { DutyBlock, DutyStep, DutyStatement, DutySection, DutiesFile } from './schemas/duties.js';

/** The duties content in `lang`, falling back to the bundled nb. */
export function getDuties(lang: Lang = 'nb'): DutiesFile {
  return localized('duties', lang, nb as DutiesFile);
}

export type DutySummary = Pick<DutiesFile, 'intro' | 'steps' | 'ageRule'>;

/**
 * The four steps with their lead and the age rule (Del 6), for widgets that need nothing else of
 * the duties file: only these keys of the nb JSON end up in their bundle.
 */
export function getDutySummary(lang: Lang = 'nb'): DutySummary {
  return {
    intro: localizedPart('duties', 'intro', lang, nbIntro as DutiesFile['intro']),
    steps: localizedPart('duties', 'steps', lang, nbSteps as DutiesFile['steps']),
    ageRule: localizedPart('duties', 'ageRule', lang, nbAgeRule as DutiesFile['ageRule']),
  };
}
