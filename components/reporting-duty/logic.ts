/**
 * Which parts of Del 6 apply to the answers given. Kept apart from the element so the rules can
 * be read (and reviewed) next to the guide's words. An unanswered question never narrows the
 * result: a section that may apply is shown, because hiding a duty is the worse mistake.
 */

export const ROLES = ['public', 'public-task', 'ngo', 'private'] as const;
export type Role = (typeof ROLES)[number];
export const MINOR_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type MinorAnswer = (typeof MINOR_ANSWERS)[number];
export const ACUTE_ANSWERS = ['yes', 'no'] as const;
export type AcuteAnswer = (typeof ACUTE_ANSWERS)[number];

export interface DutyAnswers {
  role?: Role;
  minor?: MinorAnswer;
  acute?: AcuteAnswer;
}

/** Ids of the sections in content/nb/duties.json, in the order of Del 6 (steps 1–4). */
export const SECTION_ORDER = [
  'confidentiality-consent',
  'avvergingsplikt',
  'meldeplikt-barnevern',
  'private-report',
  'barnevern-closed',
  'information-sharing',
  'acute-help',
  'help-minor',
  'help-adult',
  'protect-minor',
  'connect-adult',
] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

/**
 * The sections that apply, in the order they are shown. "unknown" age counts as a minor: "Er du
 * i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er
 * klarlagt." When there is acute danger, the acute numbers come first: the guide says to call
 * 112 "umiddelbart".
 */
export function applicableSections(answers: DutyAnswers): SectionId[] {
  const { role, minor, acute } = answers;
  const mayBeMinor = minor !== 'no';
  const mayBeAdult = minor === undefined || minor === 'no';
  const rules: Record<SectionId, boolean> = {
    // Addressed to those who assist victims with a duty of confidentiality; not to private persons.
    'confidentiality-consent': role !== 'private',
    // Straffeloven § 196: "gjelder for alle til enhver tid".
    avvergingsplikt: true,
    // Barnevernsloven § 13-2 e: public bodies, and organisations and private parties doing tasks for them.
    'meldeplikt-barnevern': (role === undefined || role === 'public' || role === 'public-task') && mayBeMinor,
    // "Er du som privatperson bekymret …": no meldeplikt, but may report (anonymously to barnevernet).
    'private-report': role === undefined || role === 'ngo' || role === 'private',
    'barnevern-closed': mayBeMinor,
    // "For offentlige instanser er det adgang til å gi informasjon …"
    'information-sharing': role === undefined || role === 'public',
    'acute-help': acute !== 'no',
    'help-minor': mayBeMinor,
    'help-adult': mayBeAdult,
    'protect-minor': mayBeMinor,
    'connect-adult': mayBeAdult,
  };
  const shown = SECTION_ORDER.filter((id) => rules[id]);
  if (acute === 'yes') return ['acute-help', ...shown.filter((id) => id !== 'acute-help')];
  return shown;
}

/** Whether no question is answered (the widget then shows the complete overview). */
export function isOverview(answers: DutyAnswers): boolean {
  return answers.role === undefined && answers.minor === undefined && answers.acute === undefined;
}

/** A `user-role` attribute value: the role, null when empty, 'invalid' otherwise. */
export function parseRole(value: string | null | undefined): Role | null | 'invalid' {
  const token = (value ?? '').trim().toLowerCase();
  if (token === '') return null;
  return (ROLES as readonly string[]).includes(token) ? (token as Role) : 'invalid';
}

/**
 * A boolean-like preset attribute (`minor`, `acute`): present or "yes"/"true" → yes, "no"/"false"
 * → no, absent → null (not answered); `extra` lists further accepted words ("unknown" for minor).
 */
export function parseFlag<T extends string>(value: string | null | undefined, extra: readonly T[] = []): 'yes' | 'no' | T | null | 'invalid' {
  if (value === null || value === undefined) return null;
  const token = value.trim().toLowerCase();
  if (token === '' || token === 'yes' || token === 'true') return 'yes';
  if (token === 'no' || token === 'false') return 'no';
  if ((extra as readonly string[]).includes(token)) return token as T;
  return 'invalid';
}
