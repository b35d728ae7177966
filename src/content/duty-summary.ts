import type { Lang } from '../locale.js';
import { localizedPart } from './store.js';
import { ageRule as nbAgeRule, intro as nbIntro, steps as nbSteps } from '../../content/nb/duties.json';
import type { DutiesFile } from './schemas/duties.js';

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
