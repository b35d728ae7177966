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
 * The sections that apply, in the order they are shown (acute-help always: the medical numbers
 * and 02800 apply without acute danger too; with acute danger it moves first). "unknown" age counts as a minor: "Er du
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
    // Step 2 asks whether the person needs «akutt hjelp», broader than danger to life: 113, 116 117
    // (øyeblikkelig helsehjelp) and 02800 stay reachable when there is no acute danger.
    'acute-help': true,
    'help-minor': mayBeMinor,
    'help-adult': mayBeAdult,
    // Also "medfølgende barn" of a person who may be exploited: an adult's children stay in view
    // (the blocks only for a minor carry `when: "minor"`).
    'protect-minor': true,
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

/** A preset attribute value the widget cannot use: the attribute, the value as given and the accepted values. */
export interface PresetProblem {
  attribute: 'user-role' | 'minor' | 'acute';
  value: string;
  valid: readonly string[];
}

/**
 * The answers preset by the attributes, and the values that could not be used. `ariaRole` is the
 * `role` attribute: older docs wrote role="public"; a valid role there is honoured when `user-role`
 * is empty, and reported in `roleFromAria` so the widget can say why it should change.
 */
export function parsePresets(input: { userRole: string; ariaRole: string | null; minor: string | null; acute: string | null }): {
  answers: DutyAnswers;
  problems: PresetProblem[];
  roleFromAria?: string;
} {
  const answers: DutyAnswers = {};
  const problems: PresetProblem[] = [];
  let roleValue = input.userRole;
  let roleFromAria: string | undefined;
  const ariaRole = input.ariaRole;
  if (!roleValue && ariaRole) {
    const parsed = parseRole(ariaRole);
    if (parsed !== 'invalid' && parsed !== null) roleValue = roleFromAria = ariaRole;
  }
  const role = parseRole(roleValue);
  if (role === 'invalid') problems.push({ attribute: 'user-role', value: roleValue, valid: ROLES });
  else if (role) answers.role = role;

  const minor = parseFlag(input.minor, ['unknown'] as const);
  if (minor === 'invalid') problems.push({ attribute: 'minor', value: input.minor ?? '', valid: MINOR_ANSWERS });
  else if (minor) answers.minor = minor;

  const acute = parseFlag<never>(input.acute);
  if (acute === 'invalid') problems.push({ attribute: 'acute', value: input.acute ?? '', valid: ACUTE_ANSWERS });
  else if (acute) answers.acute = acute;
  return roleFromAria === undefined ? { answers, problems } : { answers, problems, roleFromAria };
}

/** Whether every question has an answer (then the questions fold into a one-line summary). */
export function isComplete(answers: DutyAnswers): boolean {
  return answers.role !== undefined && answers.minor !== undefined && answers.acute !== undefined;
}

/** Ids of the short answers in content/nb/duties.json (`answers`). */
export type AnswerId = 'acute-112' | 'avvergingsplikt-applies' | 'meldeplikt-applies' | 'may-report' | 'call-barnevern' | 'call-rosa' | 'medical';

/**
 * What an unanswered question leaves open for a panel item: it is then shown with "If …"
 * instead of being dropped, because hiding a duty that may apply is the worse mistake.
 */
export type AnswerCondition = 'if-acute' | 'if-minor' | 'if-public' | 'if-public-minor';

export interface PanelItem {
  id: AnswerId;
  condition?: AnswerCondition;
}

/** At most this many items: the panel is the short answer, the steps below carry the rest. */
export const PANEL_MAX = 4;

/**
 * The answer panel: at most four short items for the answers given, in the order acute danger,
 * the duties (avvergingsplikt, then meldeplikt or the right to report) and the first call to make.
 * Empty when nothing is answered (the overview needs no short answer).
 */
export function panelItems(answers: DutyAnswers): PanelItem[] {
  if (isOverview(answers)) return [];
  const { role, minor, acute } = answers;
  const items: PanelItem[] = [];
  // "Er det akutt fare for liv og helse, skal du umiddelbart ringe politiet på 112."
  if (acute === 'yes') items.push({ id: 'acute-112' });
  else if (acute === undefined) items.push({ id: 'acute-112', condition: 'if-acute' });
  // Straffeloven § 196 "gjelder for alle til enhver tid".
  items.push({ id: 'avvergingsplikt-applies' });
  // Barnevernsloven § 13-2 e: public bodies and those doing tasks for them, when a child may be affected.
  const publicRole = role === 'public' || role === 'public-task';
  const mayBeMinor = minor !== 'no';
  if ((publicRole || role === undefined) && mayBeMinor) {
    const roleOpen = role === undefined;
    const minorOpen = minor === undefined;
    const condition: AnswerCondition | undefined = roleOpen && minorOpen ? 'if-public-minor' : roleOpen ? 'if-public' : minorOpen ? 'if-minor' : undefined;
    items.push(condition ? { id: 'meldeplikt-applies', condition } : { id: 'meldeplikt-applies' });
  }
  // "Er du som privatperson bekymret …": a right, not a duty, so only for the roles it is addressed to.
  if (role === 'ngo' || role === 'private') items.push({ id: 'may-report' });
  // The first call: barnevernet for a (possible) child — in doubt, a child — else ROSA.
  if (minor === 'yes' || minor === 'unknown') items.push({ id: 'call-barnevern' });
  else if (minor === undefined) items.push({ id: 'call-barnevern', condition: 'if-minor' });
  else items.push({ id: 'call-rosa' });
  // No acute danger: the medical numbers (113, 116 117) still apply.
  if (acute === 'no') items.push({ id: 'medical' });
  return items.slice(0, PANEL_MAX);
}
