import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { getDuties, type DutiesFile, type DutyAnswer, type DutyBlock, type DutySection } from '../../src/content/duties.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import { blockTokens, linkify } from './linkify.js';
import {
  ROLES,
  applicableSections,
  isComplete,
  isOverview,
  panelItems,
  parsePresets,
  type AcuteAnswer,
  type DutyAnswers,
  type MinorAnswer,
  type PanelItem,
  type Role,
  type SectionId,
} from './logic.js';
import { reportingDutyStyles } from './reporting-duty.styles.js';
import { strings, type ReportingDutyStrings } from './strings.js';

export { ROLES, applicableSections, panelItems, type PanelItem, type DutyAnswers, type Role, type MinorAnswer, type AcuteAnswer, type SectionId };

/** Detail of `mh-duty-change`. */
export interface DutyChangeDetail {
  role: Role | null;
  minor: MinorAnswer | null;
  acute: AcuteAnswer | null;
  /** Ids of the sections now shown (content/nb/duties.json), in the order shown. */
  duties: string[];
  /** The answer panel's items (`answers` ids in duties.json, with the open condition if any). */
  panel: PanelItem[];
}

type Group = 'role' | 'minor' | 'acute';

/**
 * Which duty applies to me, now? Three optional questions (acute danger first, then who you are and
 * whether the person may be under 18) lead to a short answer panel (at most four items, each a
 * stored short form of a quoted sentence) and to Del 6 of the guide folded into its four numbered
 * steps, with the legal text one click away. With all three answered the questions fold into a
 * one-line summary with a button to change them. With no answers it shows the complete overview.
 * It explains the guide; it never decides a case.
 *
 * @summary Del 6: avvergingsplikt, meldeplikt til barnevernet and what to do, for your role.
 * @fires {CustomEvent<DutyChangeDetail>} mh-duty-change - An answer changed. Detail: `{ role, minor, acute, duties }` (`null` = not answered).
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - A phone number was activated. Detail: `{ id, number }`.
 * @csspart heading - Headings.
 * @csspart form - The questions.
 * @csspart fieldset - Each question group.
 * @csspart radio - Each radio button.
 * @csspart button - The buttons (clear, reset, change answers, show answer, show all steps).
 * @csspart answers - The one-line summary of the answers (when all three are answered).
 * @csspart panel - The short answer panel.
 * @csspart panel-item - Each item of the answer panel.
 * @csspart status - The polite status line that announces an updated result.
 * @csspart result - The result: steps and sections.
 * @csspart steps - The list of the guide's four steps.
 * @csspart step - Each step (a disclosure) with its sections.
 * @csspart step-summary - The summary line of a step.
 * @csspart section - Each duty or action.
 * @csspart applies - The line saying whom a section applies to.
 * @csspart callout - Highlighted notes (acute danger, unclear age, NGO note).
 * @csspart details - The expandable legal text.
 * @csspart summary - The summary line of the legal text.
 * @csspart advice - Where to seek advice, with the not-legal-advice line.
 * @csspart link - Links.
 * @csspart phone - Phone links.
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Links, radio colour and the step bar.
 * @cssprop --mh-surface-raised - Background of the questions, callouts and advice.
 * @cssprop --mh-border-color - Borders of fieldsets, sections and details.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-danger-color - Acute-danger callout and the invalid-input notice.
 */
export class MhReportingDuty extends MhElement {
  static override styles = [...MhElement.styles, reportingDutyStyles];

  /** Heading level of the widget's title (2–6); lower headings follow it. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /**
   * Preset answer to "Who are you?": `public`, `public-task`, `ngo` or `private`. (Not named role: that is an
   * ARIA attribute.)
   */
  @property({ attribute: 'user-role' }) userRole = '';

  /** Preset: the person may be under 18. `yes` (or present with no value), `no` or `unknown` (treated as under 18). */
  @property() minor: string | null = null;

  /** Preset: acute danger to life or health. `yes` (or present with no value) or `no`. */
  @property() acute: string | null = null;

  /** Answers given in the widget; null follows the attributes. */
  @state() private answers: DutyAnswers | null = null;

  /** The short line the live region announces after a change; empty until the user acts. */
  @state() private status = '';

  /** The questions stay open although all three are answered (the user asked to change them). */
  @state() private editing = false;

  /** Numbers of the steps the user has opened. */
  @state() private openSteps = new Set<number>();

  /** Whether the last key pressed in the form was an arrow key (moving through a radio group). */
  private arrowKeyed = false;

  override resetState(): void {
    super.resetState();
    this.answers = null;
    this.status = '';
    this.editing = false;
    this.openSteps = new Set();
  }

  /** `heading-level` and the presets (`user-role`, `minor`, `acute`), parsed when they change; render only reads them. */
  private level: HeadingLevel = 2;
  private headingIssue?: AttributeIssue;
  private presets: { answers: DutyAnswers; issues: AttributeIssue[] } = { answers: {}, issues: [] };
  /** The `role` attribute the presets were parsed with: not a property, so compared by value. */
  private parsedAriaRole?: string | null;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const presetChanged = changed.has('userRole') || changed.has('minor') || changed.has('acute');
    // A new preset from the host replaces what was answered before.
    if (presetChanged) {
      this.resetWarnings();
      this.answers = null;
      this.editing = false;
    }
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
    const ariaRole = this.getAttribute('role');
    if (presetChanged || ariaRole !== this.parsedAriaRole) this.parsePresets(ariaRole);
  }

  /** Reads the preset attributes (components/reporting-duty/logic.ts), with one warning per bad value. */
  private parsePresets(ariaRole: string | null): void {
    this.parsedAriaRole = ariaRole;
    const { answers, problems, roleFromAria } = parsePresets({ userRole: this.userRole, ariaRole, minor: this.minor, acute: this.acute });
    // Editors may write role="public" from older docs; it is honoured, with a word on why it should change.
    // Console warnings are in English for the developer (docs/architecture.md), whatever the widget's language.
    if (roleFromAria) this.warnOnce('role', `use the user-role attribute instead of role: role is an ARIA attribute (role="${roleFromAria}" → user-role="${roleFromAria}").`);
    const issues = problems.map((problem) => this.noteAttributeProblem('invalid', problem.attribute, problem.value, problem.valid));
    this.presets = { answers, issues };
  }

  private get text(): ReportingDutyStrings {
    return strings(this.language);
  }

  private current(): DutyAnswers {
    return this.answers ?? this.presets.answers;
  }

  private setAnswers(next: DutyAnswers): void {
    this.answers = next;
    const duties = applicableSections(next);
    this.status = isOverview(next) ? this.text.statusOverview : this.text.status(duties.length);
    const detail: DutyChangeDetail = {
      role: next.role ?? null,
      minor: next.minor ?? null,
      acute: next.acute ?? null,
      duties: [...duties],
      panel: panelItems(next),
    };
    this.dispatchEvent(new CustomEvent<DutyChangeDetail>('mh-duty-change', { detail, bubbles: true, composed: true }));
  }

  private async onChoose(group: Group, value: string): Promise<void> {
    const wasComplete = isComplete(this.current());
    this.setAnswers({ ...this.current(), [group]: value });
    if (wasComplete || !isComplete(this.current()) || this.editing) return;
    if (this.arrowKeyed) {
      // Arrow keys move through a group and check each radio on the way: folding now would take
      // the group away mid-choice. Keep the questions; "Se svaret" folds them.
      this.editing = true;
      return;
    }
    // The last question was answered by a click or Space: fold the questions (as a "check your
    // answers" page would) and take focus to the answer, not to the page's top.
    await this.updateComplete;
    this.focusPanel();
  }

  private focusPanel(): void {
    this.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus();
  }

  /** "Endre svarene": open the questions and put focus on the first one. */
  private async changeAnswers(): Promise<void> {
    this.editing = true;
    await this.updateComplete;
    this.focusFirstQuestion();
  }

  /** "Se svaret": fold the answered questions and take focus to the answer panel. */
  private async showAnswer(): Promise<void> {
    this.editing = false;
    await this.updateComplete;
    this.focusPanel();
  }

  private focusFirstQuestion(): void {
    const group = this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="acute"]');
    ([...group].find((input) => input.checked) ?? group[0])?.focus();
  }

  private onFormKey(event: KeyboardEvent): void {
    this.arrowKeyed = event.key.startsWith('Arrow');
  }

  private async clearGroup(group: Group): Promise<void> {
    const next = { ...this.current() };
    delete next[group];
    this.setAnswers(next);
    await this.updateComplete;
    // The clear button disappears with the answer; keep focus in the group.
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="${group}"]`)?.focus();
  }

  private async resetAll(): Promise<void> {
    this.setAnswers({});
    this.editing = false;
    await this.updateComplete;
    this.focusFirstQuestion();
  }

  private visibleSteps(answers: DutyAnswers, data: DutiesFile): number[] {
    const shown = new Set(applicableSections(answers).filter((id) => !(answers.acute === 'yes' && id === 'acute-help')));
    return data.steps.map((step) => step.number).filter((n) => data.sections.some((section) => section.step === n && shown.has(section.id as SectionId)));
  }

  private toggleAllSteps(steps: number[]): void {
    const allOpen = steps.every((n) => this.openSteps.has(n));
    this.openSteps = allOpen ? new Set() : new Set(steps);
  }

  private onStepToggle(n: number, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.openSteps.has(n)) return;
    const next = new Set(this.openSteps);
    if (open) next.add(n);
    else next.delete(n);
    this.openSteps = next;
  }

  override render(): TemplateResult {
    const text = this.text;
    const data = getDuties(this.language);
    const problems = this.presets.issues.map((issue) => this.renderAttributeIssue(issue));
    const problem = this.headingIssue ? this.renderAttributeIssue(this.headingIssue) : nothing;
    const answers = this.current();
    const level = this.level;
    const folded = isComplete(answers) && !this.editing;
    return html`<div class="root">
      ${renderHeading(level, text.title)}
      ${folded ? nothing : html`<p class="intro">${text.intro}</p>`} ${problems} ${problem}
      ${folded ? this.renderAnswersLine(answers) : this.renderForm(answers)}
      <p class="status" role="status" part="status">${this.status}</p>
      ${this.renderPanel(data, answers, subLevel(level))} ${this.renderResult(data, answers, subLevel(level))}
      ${this.renderAdvice(data, subLevel(level))}
      ${this.renderSourceFooter([5, 6])}
    </div>`;
  }

  private renderForm(answers: DutyAnswers): TemplateResult {
    const text = this.text;
    return html`<form
      part="form"
      aria-label=${text.formLabel}
      @submit=${(event: Event) => event.preventDefault()}
      @keydown=${(event: KeyboardEvent) => this.onFormKey(event)}
      @pointerdown=${() => (this.arrowKeyed = false)}
    >
      ${this.renderGroup(
        'acute',
        text.acuteLegend,
        [
          { value: 'yes', label: text.acuteYes },
          { value: 'no', label: text.acuteNo },
        ],
        answers.acute,
      )}
      ${this.renderGroup(
        'role',
        text.roleLegend,
        ROLES.map((role) => ({ value: role, label: text.roles[role] })),
        answers.role,
      )}
      ${this.renderGroup(
        'minor',
        text.minorLegend,
        [
          { value: 'yes', label: text.minorYes },
          { value: 'no', label: text.minorNo },
          { value: 'unknown', label: text.minorUnknown, hint: text.minorUnknownHint },
        ],
        answers.minor,
      )}
      <div class="form-actions mh-no-print">
        ${isComplete(answers)
          ? html`<button type="button" part="button" class="show-answer primary" @click=${() => void this.showAnswer()}>${text.showAnswer}</button>`
          : nothing}
        <button type="button" part="button" class="reset" @click=${() => void this.resetAll()}>${text.resetAll}</button>
      </div>
    </form>`;
  }

  /** "Check your answers": the three answers on one line, and a button to change them. */
  private renderAnswersLine(answers: DutyAnswers): TemplateResult {
    const text = this.text;
    const parts = [text.acuteShort[answers.acute!], text.minorShort[answers.minor!], text.roleShort[answers.role!]];
    return html`<div class="answers" part="answers">
      <p><span class="answers-label">${text.answersLabel}</span> ${parts.join(' · ')}</p>
      <button type="button" part="button" class="change mh-no-print" @click=${() => void this.changeAnswers()}>${text.changeAnswers}</button>
    </div>`;
  }

  /** The short answer: at most four stored short forms, each naming what an open question leaves open. */
  private renderPanel(data: DutiesFile, answers: DutyAnswers, level: HeadingLevel): TemplateResult | typeof nothing {
    const items = panelItems(answers);
    if (items.length === 0) return nothing;
    const text = this.text;
    // A host language without (some of) the short forms falls back to bokmål for those items.
    const nbAnswers = getDuties('nb').answers ?? [];
    const stored = new Map<string, DutyAnswer>([...nbAnswers, ...(data.answers ?? [])].map((answer) => [answer.id, answer]));
    return html`<section class="panel" part="panel" aria-labelledby="panel-heading">
      ${renderHeading(level, text.panelHeading, { id: 'panel-heading', focusable: true })}
      <ul class="panel-items">
        ${items.map((item) => {
          const answer = stored.get(item.id);
          if (!answer) return nothing;
          return html`<li part="panel-item" class=${item.id === 'acute-112' && !item.condition ? 'urgent' : ''} data-answer-id=${item.id} data-condition=${item.condition ?? nothing}>
            ${item.condition ? html`<strong class="condition">${text.conditions[item.condition]}</strong> ` : nothing}<span class="short"
              lang=${(data.answers ?? []).some((own) => own.id === item.id) ? this.contentLang('duties') : 'nb'}
              >${linkify(answer.short, blockTokens(answer, this.language))}</span
            >
          </li>`;
        })}
      </ul>
      <p class="panel-note">${text.panelNote}</p>
    </section>`;
  }

  private renderGroup(
    group: Group,
    legend: string,
    options: Array<{ value: string; label: string; hint?: string }>,
    selected: string | undefined,
  ): TemplateResult {
    const text = this.text;
    return html`<fieldset part="fieldset" class="group">
      <legend>${legend}</legend>
      ${options.map((option) => {
        const id = `${group}-${option.value}`;
        return html`<div class="option">
          <input
            part="radio"
            type="radio"
            id=${id}
            name=${group}
            .value=${option.value}
            .checked=${selected === option.value}
            aria-describedby=${option.hint ? `${id}-hint` : nothing}
            @change=${() => void this.onChoose(group, option.value)}
          />
          <label for=${id}>${option.label}</label>
          ${option.hint ? html`<span class="hint" id=${`${id}-hint`}>${option.hint}</span>` : nothing}
        </div>`;
      })}
      ${selected
        ? html`<button type="button" part="button" class="clear mh-no-print" aria-label=${text.clearGroup(legend)} @click=${() => void this.clearGroup(group)}>
            ${text.clearGroupVisible}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderResult(data: DutiesFile, answers: DutyAnswers, level: HeadingLevel): TemplateResult {
    const text = this.text;
    const overview = isOverview(answers);
    const shown = applicableSections(answers);
    const mayBeMinor = answers.minor !== 'no';
    const mayBeAdult = answers.minor === undefined || answers.minor === 'no';
    const sections = new Map(data.sections.map((section) => [section.id, section]));
    const stepLevel = subLevel(level);
    const sectionLevel = subLevel(level, 2);
    const acuteFirst = answers.acute === 'yes';
    const inSteps = acuteFirst ? shown.filter((id) => id !== 'acute-help') : shown;
    const blockVisible = (block: DutyBlock) => block.when === undefined || (block.when === 'minor' ? mayBeMinor : mayBeAdult);

    const visibleSteps = this.visibleSteps(answers, data);
    const allOpen = visibleSteps.length > 0 && visibleSteps.every((n) => this.openSteps.has(n));
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      ${renderHeading(level, overview ? text.overviewHeading : text.resultHeading, { id: 'result-heading' })}
      ${overview ? html`<p lang=${this.contentLang('duties')}>${data.concern.text}</p>` : nothing}
      ${acuteFirst && sections.get('acute-help')
        ? html`<div class="callout acute" part="callout">
            ${renderHeading(stepLevel, `${text.acuteFirst} (${text.step(2)})`)} ${this.renderSectionBody(sections.get('acute-help')!, blockVisible)}
          </div>`
        : nothing}
      ${answers.minor === 'unknown'
        ? html`<div class="callout" part="callout"><p><strong>${text.ageRuleLabel}:</strong> <span lang=${this.contentLang('duties')}>${data.ageRule.text}</span></p></div>`
        : nothing}
      ${answers.role === 'ngo' && mayBeMinor ? html`<div class="callout" part="callout"><p>${text.ngoTaskNote}</p></div>` : nothing}
      <p lang=${this.contentLang('duties')}>${data.intro.text}</p>
      <ol class="steps" part="steps" aria-label=${text.stepsLabel} lang=${this.contentLang('duties')}>
        ${data.steps.map((step) => html`<li>${step.text}</li>`)}
      </ol>
      <p class="note" lang=${this.contentLang('duties')}>${data.note.text}</p>
      <button type="button" part="button" class="toggle-steps mh-no-print" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.toggleAllSteps(visibleSteps)}>
        ${allOpen ? text.hideAllSteps : text.showAllSteps}
      </button>
      <ol class="step-list">
        ${data.steps.map((step) => {
          const ids = inSteps.filter((id) => sections.get(id)?.step === step.number);
          if (ids.length === 0) return nothing;
          return html`<li class="step-item">
            <details class="step" part="step" data-step=${step.number} .open=${this.openSteps.has(step.number)} @toggle=${(event: Event) => this.onStepToggle(step.number, event)}>
              <summary part="step-summary">
                ${renderHeading(stepLevel, html`<span class="step-number">${text.step(step.number)}:</span> <span class="step-heading" lang=${this.contentLang('duties')}>${step.heading}</span>`)}
              </summary>
              <div class="step-body">${ids.map((id) => this.renderSection(sections.get(id)!, sectionLevel, blockVisible))}</div>
            </details>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderSection(section: DutySection, level: HeadingLevel, blockVisible: (block: DutyBlock) => boolean): TemplateResult {
    // For an adult, step 3 stays for the children a person may have with them ("medfølgende barn").
    const adultOnly = !blockVisible({ when: 'minor' });
    const applies = section.id === 'protect-minor' && adultOnly ? this.text.accompanyingChildren : this.text.appliesTo[section.id];
    return html`<section class="section" part="section" data-id=${section.id}>
      ${renderHeading(level, html`<span lang=${this.contentLang('duties')}>${section.short}</span>`)} ${applies ? html`<p class="applies" part="applies">${applies}</p>` : nothing}
      ${section.heading && !section.short.includes(section.heading) ? html`<p class="quoted-heading" lang=${this.contentLang('duties')}>${section.heading}</p>` : nothing}
      ${this.renderSectionBody(section, blockVisible)}
    </section>`;
  }

  private renderSectionBody(section: DutySection, blockVisible: (block: DutyBlock) => boolean): TemplateResult {
    const text = this.text;
    return html`${section.blocks.filter(blockVisible).map((block) => this.renderBlock(block))}
    ${section.law
      ? html`<details part="details" class="law" data-id=${section.law.id}>
          <summary part="summary"><span class="law-prefix">${text.lawSummaryPrefix}</span> <span lang=${this.contentLang('duties')}>${section.law.heading}</span></summary>
          ${section.law.blocks.map((block) => this.renderBlock(block))}
        </details>`
      : nothing}
    ${section.readMore
      ? html`<p class="read-more"><strong>${text.readMore}:</strong> <span lang=${this.contentLang('duties')}>${linkify(section.readMore.text, blockTokens({ links: section.readMore.links }, this.language))}</span></p>`
      : nothing}`;
  }

  private renderBlock(block: DutyBlock): TemplateResult {
    const tokens = blockTokens(block, this.language);
    const lang = this.contentLang('duties');
    return html`${block.text ? html`<p lang=${lang}>${linkify(block.text, tokens)}</p>` : nothing}
    ${block.items ? html`<ul lang=${lang}>${block.items.map((item) => html`<li>${linkify(item, tokens)}</li>`)}</ul>` : nothing}`;
  }

  private renderAdvice(data: DutiesFile, level: HeadingLevel): TemplateResult {
    const text = this.text;
    return html`<aside class="advice" part="advice" aria-labelledby="advice-heading">
      ${renderHeading(level, html`<span lang=${this.uiLang('reporting-duty')}>${text.adviceHeading}</span>`, { id: 'advice-heading' })} ${data.advice.blocks.map((block) => this.renderBlock(block))}
      <p class="not-advice"><strong>${text.notAdvice}</strong></p>
    </aside>`;
  }
}
