/**
 * Del 5–6: the four steps when you are concerned, avvergingsplikt, meldeplikt til barnevernet,
 * the private person's right to report, acute help and advice. Phone numbers are not stored here:
 * a block names contact ids (content/nb/contacts.json) and the widget links each of the contact's
 * numbers where the quoted text prints it, so a number has one source only.
 */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/duties.json';
import type { DutiesFile } from './schemas/duties.js';
export type { DutyAnswer, DutyBlock, DutyStep, DutyStatement, DutySection, DutiesFile } from './schemas/duties.js';

/** The duties content in `lang`, falling back to the bundled nb. */
export function getDuties(lang: Lang = 'nb'): DutiesFile {
  return localized('duties', lang, nb as DutiesFile);
}

// In a module of its own: rollup assigns modules, not functions, to chunks, so a widget that needs
// only the summary does not share a chunk with the whole duties file.
export { getDutySummary, type DutySummary } from './duty-summary.js';
