import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { inPageHref, safeSiteHref } from '../../src/href.js';
import { getContact } from '../../src/content/named-contacts.js';
import { getEmergencyNumbers } from '../../src/content/contact-groups.js';
import { getDutySummary } from '../../src/content/duty-summary.js';
import {
  FORMS,
  appliesTo,
  getIndicators,
  listIndicators,
  type Arenas,
  type Form,
  type FormSection,
  type Indicator,
  type IndicatorCategory,
  type IndicatorFilter,
  type IndicatorGroup,
} from '../../src/content/indicators.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import { renderRunningText } from '../../src/running-text.js';
import { byLang, type BuiltinLang, type Lang } from '../../src/locale.js';
import { renderPhoneLink } from '../../src/phone-link.js';
import { indicatorChecklistStyles } from './indicator-checklist.styles.js';
import { strings, type IndicatorChecklistStrings } from './strings.js';

/** The one contact the checklist links: Alarmtelefonen for barn og unge (Del 6). */
const ALARM_CONTACT_ID = 'alarmtelefonen';
const getAlarmContact = (lang?: string) => getContact(ALARM_CONTACT_ID, lang);

/** Values of the `audience` attribute. */
export const CHECKLIST_AUDIENCES = ['adult', 'minor'] as const;
export type ChecklistAudience = (typeof CHECKLIST_AUDIENCES)[number];

/** The answer to "Kan personen være under 18 år?": none yet (`unknown`), yes or in doubt (`minor`), or no (`adult`). */
export type ChecklistAge = ChecklistAudience | 'unknown';

/** Contacts whose emergency numbers the warning panel and the summary show, in that order. */
const POLICE_CONTACT_ID = 'politiet';
const MEDICAL_CONTACT_ID = 'helse';

/** Detail of `mh-indicators-change`. */
export interface IndicatorsChangeDetail {
  /** Ids of the ticked indicators, in the guide's order. */
  selected: string[];
  /** The answer about age: `unknown` (not answered: treated as a possible minor), `minor` or `adult`. */
  audience: ChecklistAge;
  /** The forms of exploitation whose extra indicators are shown. */
  forms: Form[];
}

/** A host language's date is written like the nb text around it (the page's text falls back to nb). */
const DATE_LOCALES: Record<BuiltinLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Today's date as words ("12. mai 2025"), never with slashes that could read as a fraction. */
function today(lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(byLang(DATE_LOCALES, lang), { dateStyle: 'long' })));
  return format.format(new Date());
}
const LINK_ATTRIBUTES = ['duty-href', 'rights-href', 'contacts-href'] as const;
type LinkAttribute = (typeof LINK_ATTRIBUTES)[number];
/** The element property behind each link attribute. */
const LINK_PROPERTIES: Record<LinkAttribute, string> = { 'duty-href': 'dutyHref', 'rights-href': 'rightsHref', 'contacts-href': 'contactsHref' };

/**
 * A checklist of the guide's indicators of human trafficking (Del 4): four categories, the
 * sub-groups of "Fremstår som kontrollert av andre", extra indicators for minors and for
 * prostitution and forced labour, and a printable summary with what to do next (Del 6).
 * Following the guide, indicators are never counted, scored or ranked: they are to be seen
 * together in an overall assessment (helhetsvurdering).
 *
 * Until the user says the person is an adult, the minors' indicators and help are shown (the
 * guide: in doubt about age, treat the person as a child). The categories are folded sections
 * whose headers name what is ticked in them; a warning panel with 112, 113 and 116 111 stands
 * above the list.
 *
 * @summary The guide's indicators as a checklist with a printable summary.
 * @fires {CustomEvent<IndicatorsChangeDetail>} mh-indicators-change - A tick or an answer changed (by the user, or by "Nullstill"). Detail: `{ selected, audience, forms }` (IndicatorsChangeDetail).
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - The Alarmtelefonen link was activated. Detail: `{ id, number }`.
 * @csspart heading - Headings.
 * @csspart caveat - The guide's caveat above the list.
 * @csspart urgent - The warning panel with the emergency numbers above the list.
 * @csspart category-summary - The header of a folded category: its title and what is ticked in it.
 * @csspart ticked - The list of ticked indicators in a category's header.
 * @csspart show-all - The "Vis alle kategorier" button.
 * @csspart to-summary - The link to the summary, shown once anything is ticked.
 * @csspart questions - The two questions about the person.
 * @csspart checklist - The categories of indicators.
 * @csspart category - One category (a `<details>` section).
 * @csspart group - A sub-group inside a category (a fieldset).
 * @csspart item - One indicator: checkbox and label.
 * @csspart checkbox - The checkbox of an indicator.
 * @csspart note - A "Vær oppmerksom på …" note for minors.
 * @csspart arenas - The collapsible list of arenas (`show-arenas`).
 * @csspart button - The "Nullstill" and "Skriv ut" buttons.
 * @csspart summary - The summary of ticked indicators and next steps.
 * @csspart link - Links in the summary.
 * @csspart phone - The phone links (112, 113, Alarmtelefonen).
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Buttons, links, checkbox accent and the caveat's marker.
 * @cssprop --mh-accent-contrast - Text on the primary button.
 * @cssprop --mh-surface - Background of the widget.
 * @cssprop --mh-surface-raised - Background of the caveat and the summary.
 * @cssprop --mh-border-color - Borders of fieldsets and the summary.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-danger-color - Border of the problem notice.
 */
export class MhIndicatorChecklist extends MhElement {
  static override styles = [...MhElement.styles, indicatorChecklistStyles];

  /** Preset for "Kan personen være under 18 år?": `minor` or `adult`. Without it nothing is pre-selected and the minors' indicators are shown. */
  @property() audience = '';

  /** Preset forms, space-separated: `prostitution`, `forced-labour`. */
  @property() forms = '';

  /** Level of the widget's heading (2–6); sub-headings use the levels below. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** Start with every category open (the user can still fold them); by default they start folded. */
  @property({ type: Boolean }) expanded = false;

  /** Show the arenas ("Hvor kan utnyttning skje?") as a collapsible section. */
  @property({ type: Boolean, attribute: 'show-arenas' }) showArenas = false;

  /** Where the summary links for the reporting duty (Del 6): https: or a same-site path/#hash. */
  @property({ attribute: 'duty-href' }) dutyHref = '';

  /** Where the summary links for the rights of presumed victims (Del 7). */
  @property({ attribute: 'rights-href' }) rightsHref = '';

  /** Where the summary links for agencies and support services (Del 8). */
  @property({ attribute: 'contacts-href' }) contactsHref = '';

  @state() private age: ChecklistAge = 'unknown';
  /** Ids of the categories and form sections that are open. */
  @state() private openSections: ReadonlySet<string> = new Set();
  @state() private chosenForms: readonly Form[] = [];
  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private status = '';
  @state() private ignoredIds: readonly string[] = [];

  /** Ids of the ticked indicators in the guide's order. Setting it ticks those ids (and shows
   * the minors' or a form's indicators where needed); unknown ids are dropped with a warning. */
  get selected(): string[] {
    return listIndicators(getIndicators('nb'))
      .filter((indicator) => this.ticked.has(indicator.id))
      .map((indicator) => indicator.id);
  }

  set selected(ids: readonly string[]) {
    const known = new Map(listIndicators(getIndicators('nb')).map((indicator) => [indicator.id, indicator]));
    const list = Array.isArray(ids) ? ids.map(String) : [];
    const unknown = list.filter((id) => !known.has(id));
    this.ignoredIds = unknown;
    if (unknown.length) {
      this.warnOnce(`selected:${unknown.join(',')}`, `selected: unknown indicator ids ignored: ${unknown.join(', ')}. Valid ids are listed in content/nb/indicators.json.`);
    }
    const next = new Set(list.filter((id) => known.has(id)));
    this.ticked = next;
    this.revealFor(next);
    this.status = '';
  }

  // A `selected` set before the element was defined is taken over by MhElement (takeOverEarlyProperties).

  override resetState(): void {
    super.resetState();
    this.ticked = new Set();
    this.ignoredIds = [];
    this.status = '';
    this.age = this.presetAge();
    this.chosenForms = this.presetForms();
    this.openSections = this.presetOpen();
  }

  /** `audience`, `forms`, `heading-level` and the link attributes, parsed when they change; render only reads them. */
  private level: HeadingLevel = 2;
  private headingIssue?: AttributeIssue;
  private audienceIssue?: AttributeIssue;
  private formsIssue?: AttributeIssue;
  /** Each link attribute's checked address (null: the summary shows the text without a link) and its problem. */
  private links: Record<LinkAttribute, { href: string | null; issue?: AttributeIssue }> = { 'duty-href': { href: null }, 'rights-href': { href: null }, 'contacts-href': { href: null } };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.parseAttributes(changed);
    if (changed.has('audience')) this.age = this.presetAge();
    if (changed.has('forms')) this.chosenForms = this.presetForms();
    if (changed.has('expanded') || (this.expanded && changed.has('forms'))) this.openSections = this.presetOpen();
    // A preset never hides what is ticked.
    if (changed.has('audience') || changed.has('forms')) this.revealFor(this.ticked);
  }

  /** An unknown or missing value leaves the question unanswered: the safe default. */
  private presetAge(): ChecklistAge {
    const value = this.audience.trim().toLowerCase();
    return (CHECKLIST_AUDIENCES as readonly string[]).includes(value) ? (value as ChecklistAudience) : 'unknown';
  }

  /** The guide: in doubt about age, treat the person as a child. */
  private get maybeMinor(): boolean {
    return this.age !== 'adult';
  }

  private presetForms(): Form[] {
    const tokens = this.forms.toLowerCase().split(/\s+/).filter(Boolean);
    return FORMS.filter((form) => tokens.includes(form));
  }

  /** Turns on the minor question and forms that the ticked ids need, so no tick is hidden. */
  private revealFor(ids: ReadonlySet<string>): void {
    const needed = listIndicators(getIndicators('nb')).filter((indicator) => ids.has(indicator.id));
    if (this.age === 'adult' && needed.some((indicator) => indicator.audience === 'minor')) this.age = 'minor';
    const forms = new Set<Form>(this.chosenForms);
    for (const indicator of needed) if (indicator.form) forms.add(indicator.form);
    if (forms.size !== this.chosenForms.length) this.chosenForms = FORMS.filter((form) => forms.has(form));
  }

  private get filter(): IndicatorFilter {
    return { minor: this.maybeMinor, forms: this.chosenForms };
  }

  /** Keeps only ticks that still apply after the questions changed. */
  private pruneTicks(): void {
    const visible = new Set(
      listIndicators(getIndicators('nb'))
        .filter((indicator) => appliesTo(indicator, this.filter))
        .map((indicator) => indicator.id),
    );
    this.ticked = new Set([...this.ticked].filter((id) => visible.has(id)));
  }

  private emitChange(): void {
    const detail: IndicatorsChangeDetail = {
      selected: this.selected,
      audience: this.age,
      forms: [...this.chosenForms],
    };
    this.dispatchEvent(new CustomEvent<IndicatorsChangeDetail>('mh-indicators-change', { detail, bubbles: true, composed: true }));
  }

  private onChecklistChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'indicator') return;
    const id = input.value;
    const checked = input.checked;
    const next = new Set(this.ticked);
    if (checked) next.add(id);
    else next.delete(id);
    this.ticked = next;
    this.status = '';
    this.emitChange();
  }

  private onAge(age: ChecklistAudience): void {
    this.age = age;
    this.pruneTicks();
    this.status = '';
    this.emitChange();
  }

  private onForm(form: Form, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const forms = new Set(this.chosenForms);
    if (checked) forms.add(form);
    else forms.delete(form);
    this.chosenForms = FORMS.filter((candidate) => forms.has(candidate));
    this.pruneTicks();
    this.status = '';
    this.emitChange();
  }

  private async onReset(): Promise<void> {
    this.resetState();
    this.status = strings(this.language).resetDone;
    this.emitChange();
    await this.updateComplete;
    // Start over from the first question; the status message tells what happened.
    const age = this.renderRoot.querySelector<HTMLInputElement>('input[name="age"]:checked') ?? this.renderRoot.querySelector<HTMLInputElement>('input[name="age"]');
    age?.focus();
  }

  /** Ids of every foldable section shown now: the categories, then the chosen forms. */
  private sectionIds(): string[] {
    return [...getIndicators(this.language).categories.map((category) => category.id), ...this.chosenForms];
  }

  private presetOpen(): ReadonlySet<string> {
    return new Set(this.expanded ? this.sectionIds() : []);
  }

  private get allOpen(): boolean {
    return this.sectionIds().every((id) => this.openSections.has(id));
  }

  private onShowAll(): void {
    this.openSections = this.allOpen ? new Set() : new Set(this.sectionIds());
  }

  /** Keeps the state in step with a section the user opened or closed. */
  private onToggle(id: string, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openSections.has(id)) return;
    const next = new Set(this.openSections);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
  }

  /** Moves focus (and the view) to the summary, so the next steps are one step away from any box. */
  private onToSummary(event: Event): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>('#summary-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  private async onPrint(): Promise<void> {
    this.requestUpdate(); // refreshes the printed date
    await this.updateComplete;
    window.print();
  }

  /** Notes (one warning each) the attribute values that changed and cannot be used. */
  private parseAttributes(changed: PropertyValues): void {
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
    if (changed.has('audience')) {
      const audience = this.audience.trim().toLowerCase();
      // Falls back to no answer, which shows the minors' indicators (the safe side).
      this.audienceIssue =
        audience && !(CHECKLIST_AUDIENCES as readonly string[]).includes(audience) ? this.noteAttributeProblem('invalid', 'audience', this.audience, CHECKLIST_AUDIENCES) : undefined;
    }
    if (changed.has('forms')) {
      const badForms = this.forms
        .split(/\s+/)
        .filter(Boolean)
        .filter((token) => !(FORMS as readonly string[]).includes(token.toLowerCase()));
      this.formsIssue = badForms.length ? this.noteAttributeProblem('unknown', 'forms', badForms.join(' '), FORMS) : undefined;
    }
    for (const attribute of LINK_ATTRIBUTES) {
      if (!changed.has(LINK_PROPERTIES[attribute])) continue;
      const value = this.hrefValue(attribute);
      const href = safeSiteHref(value);
      this.links = { ...this.links, [attribute]: { href, issue: value.trim() && href === null ? this.noteAttributeProblem('link', attribute, value) : undefined } };
    }
  }

  /** Visible notices for the attribute values we cannot use and the ignored `selected` ids. */
  private problems(t: IndicatorChecklistStrings): TemplateResult[] {
    const issues = [this.audienceIssue, this.formsIssue, this.headingIssue, ...LINK_ATTRIBUTES.map((attribute) => this.links[attribute].issue)];
    const problems = issues.filter((issue): issue is AttributeIssue => issue !== undefined).map((issue) => this.renderAttributeIssue(issue));
    if (this.ignoredIds.length) problems.push(this.renderProblem(t.unknownIds(this.ignoredIds.join(', '))));
    return problems;
  }

  private hrefValue(attribute: LinkAttribute): string {
    if (attribute === 'duty-href') return this.dutyHref ?? '';
    if (attribute === 'rights-href') return this.rightsHref ?? '';
    return this.contactsHref ?? '';
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const t = strings(lang);
    const data = getIndicators(lang);
    const level = this.level;
    return html`
      ${this.problems(t)} ${renderHeading(level, html`<span lang=${this.contentLang('indicators')}>${data.heading}</span>`, { className: 'title' })}
      <p class="intro" lang=${this.contentLang('indicators')}>${data.intro.text}</p>
      ${this.renderUrgent(t, subLevel(level))}
      <p class="caveat" part="caveat" lang=${this.contentLang('indicators')}>${data.caveat.text}</p>
      ${this.showArenas ? this.renderArenas(data.arenas) : nothing}
      <div class="questions mh-no-print" part="questions">${this.renderQuestions(t, getDutySummary(lang).ageRule.text)}</div>
      <div class="checklist mh-no-print" part="checklist" @change=${this.onChecklistChange}>
        <div class="checklist-head">
          <p class="categories-intro" lang=${this.contentLang('indicators')}>${data.categoriesIntro.text}</p>
          <button type="button" class="secondary show-all" part="button show-all" aria-expanded=${this.allOpen ? 'true' : 'false'} @click=${this.onShowAll}>
            ${this.allOpen ? t.hideAll : t.showAll}
          </button>
        </div>
        ${data.categories.map((category) => this.renderCategory(t, category, subLevel(level)))}
        ${data.forms.filter((form) => this.chosenForms.includes(form.id)).map((form) => this.renderFormSection(t, form, subLevel(level)))}
      </div>
      <div class="actions mh-no-print">
        <button type="button" class="secondary" part="button reset-button" @click=${this.onReset}>${t.reset}</button>
        <button type="button" part="button print-button" @click=${this.onPrint}>${t.print}</button>
      </div>
      ${this.renderSummary(t, subLevel(level))} ${this.renderSourceFooter([4, 6])}
    `;
  }

  /** The emergency numbers of one contact from content (`emergency` in contacts.json), first match. */
  private emergencyNumber(contactId: string): string | undefined {
    return getEmergencyNumbers(this.language).find((entry) => entry.contact === contactId)?.number;
  }

  /** The lines "Ved akutt fare … 112" and "Ved livstruende sykdom … 113", with tel: links; the child line when age may be under 18. */
  private renderUrgentItems(t: IndicatorChecklistStrings, withChild: boolean): TemplateResult[] {
    const lang = this.language;
    const items: TemplateResult[] = [];
    const police = this.emergencyNumber(POLICE_CONTACT_ID);
    if (police) {
      items.push(html`<li data-number=${police}>${t.urgentPolice} ${renderPhoneLink({ digits: police, whom: t.urgentPoliceWhom, lang, contactId: POLICE_CONTACT_ID })}</li>`);
    }
    const medical = this.emergencyNumber(MEDICAL_CONTACT_ID);
    if (medical) {
      items.push(html`<li data-number=${medical}>${t.urgentMedical} ${renderPhoneLink({ digits: medical, whom: t.urgentMedicalWhom, lang, contactId: MEDICAL_CONTACT_ID })}</li>`);
    }
    const alarm = getAlarmContact(lang);
    const alarmNumber = this.emergencyNumber(ALARM_CONTACT_ID) ?? alarm?.phones[0]?.number;
    if (withChild && alarmNumber) {
      items.push(
        html`<li data-number=${alarmNumber}>
          ${t.urgentChild} ${renderPhoneLink({ digits: alarmNumber, whom: alarm?.short ?? alarm?.name ?? t.alarmName, lang, contactId: ALARM_CONTACT_ID })}
        </li>`,
      );
    }
    return items;
  }

  /** GOV.UK's warning text: what to do now, before any box is ticked. */
  private renderUrgent(t: IndicatorChecklistStrings, level: HeadingLevel): TemplateResult {
    return html`<section class="urgent" part="urgent" aria-labelledby="urgent-heading">
      ${renderHeading(level, t.urgentHeading, { id: 'urgent-heading' })}
      <ul lang=${this.uiLang('indicator-checklist')}>
        ${this.renderUrgentItems(t, this.maybeMinor)}
      </ul>
    </section>`;
  }

  private renderQuestions(t: IndicatorChecklistStrings, ageRule: string): TemplateResult {
    return html`<fieldset class="question">
        <legend>${t.ageLegend}</legend>
        <p class="hint" id="age-rule"><span lang=${this.contentLang('duties')}>${ageRule}</span>${this.age === 'unknown' ? html` <span class="unknown-hint">${t.ageUnknownHint}</span>` : nothing}</p>
        <div class="options">
          <div class="item">
            <input type="radio" id="age-minor" name="age" value="minor" aria-describedby="age-rule" .checked=${live(this.age === 'minor')} @change=${() => this.onAge('minor')} />
            <label for="age-minor">${t.ageYes}</label>
          </div>
          <div class="item">
            <input type="radio" id="age-adult" name="age" value="adult" aria-describedby="age-rule" .checked=${live(this.age === 'adult')} @change=${() => this.onAge('adult')} />
            <label for="age-adult">${t.ageNo}</label>
          </div>
        </div>
      </fieldset>
      <fieldset class="question">
        <legend>${t.formsLegend}</legend>
        <p class="hint" id="forms-hint">${t.formsHint}</p>
        <div class="options">
          ${FORMS.map(
            (form) => html`<div class="item">
              <input
                type="checkbox"
                id="form-${form}"
                name="forms"
                value=${form}
                aria-describedby="forms-hint"
                .checked=${live(this.chosenForms.includes(form))}
                @change=${(event: Event) => this.onForm(form, event)}
              />
              <label for="form-${form}">${t.forms[form]}</label>
            </div>`,
          )}
        </div>
      </fieldset>`;
  }

  private renderArenas(arenas: Arenas): TemplateResult {
    return html`<details class="arenas mh-no-print" part="arenas">
      <summary><span lang=${this.contentLang('indicators')}>${arenas.heading}</span></summary>
      <div class="arenas-body" lang=${this.contentLang('indicators')}>
        ${arenas.intro.map((paragraph) => html`<p>${paragraph.text}</p>`)}
        <ul>
          ${arenas.items.map(
            (item) =>
              html`<li>
                ${item.text}${item.items ? html`<ul>${item.items.map((sub) => html`<li>${sub}</li>`)}</ul>` : nothing}
              </li>`,
          )}
        </ul>
      </div>
    </details>`;
  }

  /** Few bindings per box (the label wraps it, one change listener serves all): 73 boxes render fast. */
  private renderIndicator(indicator: Indicator): TemplateResult {
    return html`<label class="item" part="item"
      ><input type="checkbox" name="indicator" part="checkbox" value=${indicator.id} .checked=${this.ticked.has(indicator.id)} /><span lang=${this.contentLang('indicators')}
        >${renderRunningText(indicator.text)}</span
      ></label
    >`;
  }

  private renderGroup(group: IndicatorGroup): TemplateResult | typeof nothing {
    const indicators = group.indicators.filter((indicator) => appliesTo(indicator, this.filter));
    const notes = (group.notes ?? []).filter((note) => appliesTo(note, this.filter));
    if (!indicators.length && !notes.length) return nothing;
    const body = html`${indicators.map((indicator) => this.renderIndicator(indicator))}
    ${notes.map((note) => html`<p class="note" part="note" lang=${this.contentLang('indicators')}>${note.text}</p>`)}`;
    if (!group.heading) return body;
    const minorGroup = group.indicators.every((indicator) => indicator.audience === 'minor');
    return html`<fieldset class="group ${minorGroup ? 'minor' : ''}" part="group" data-group=${group.id}>
      <legend lang=${this.contentLang('indicators')}>${group.heading}</legend>
      ${body}
    </fieldset>`;
  }

  /**
   * A folded section: the header names the section and, once something in it is ticked, which
   * indicators (by their text, shortened to one line on screen) — never how many. The boxes stay
   * in a fieldset named by the same title, so a screen reader hears the group.
   */
  private renderSection(
    t: IndicatorChecklistStrings,
    options: { id: string; kind: 'category' | 'form'; title: string; level: HeadingLevel; indicators: readonly Indicator[]; body: TemplateResult },
  ): TemplateResult {
    const { id, kind, title, level, indicators, body } = options;
    const ticked = indicators.filter((indicator) => this.ticked.has(indicator.id) && appliesTo(indicator, this.filter));
    const open = this.openSections.has(id);
    const dataCategory = kind === 'category' ? id : nothing;
    const dataForm = kind === 'form' ? id : nothing;
    return html`<details
      class="category ${kind === 'form' ? 'form' : ''}"
      part="category"
      data-category=${dataCategory}
      data-form=${dataForm}
      ?open=${open}
      @toggle=${(event: Event) => this.onToggle(id, event)}
    >
      <summary part="category-summary">
        ${renderHeading(level, html`<span lang=${this.contentLang('indicators')}>${title}</span>`, { className: 'category-title' })}
        ${ticked.length
          ? html`<span class="ticked" part="ticked"
              ><span class="ticked-label">${t.tickedIn}</span>${ticked.map(
                (indicator) => html` <span class="ticked-item" data-id=${indicator.id} lang=${this.contentLang('indicators')}>${indicator.text}${indicator === ticked[ticked.length - 1] ? '' : ';'}</span>`,
              )}</span
            >`
          : nothing}
      </summary>
      <fieldset class="category-body">
        <legend class="visually-hidden" lang=${this.contentLang('indicators')}>${title}</legend>
        ${body}
        ${this.ticked.size ? this.renderToSummary(t) : nothing}
      </fieldset>
    </details>`;
  }

  private renderToSummary(t: IndicatorChecklistStrings): TemplateResult {
    return html`<p class="to-summary"><a part="link to-summary" href="#summary-heading" @click=${this.onToSummary}>${t.toSummary}</a></p>`;
  }

  private renderCategory(t: IndicatorChecklistStrings, category: IndicatorCategory, level: HeadingLevel): TemplateResult {
    return this.renderSection(t, {
      id: category.id,
      kind: 'category',
      title: category.title,
      level,
      indicators: category.groups.flatMap((group) => group.indicators),
      body: html`<p class="description" lang=${this.contentLang('indicators')}>${category.description}</p>
        ${category.groups.map((group) => this.renderGroup(group))}`,
    });
  }

  private renderFormSection(t: IndicatorChecklistStrings, form: FormSection, level: HeadingLevel): TemplateResult {
    return this.renderSection(t, {
      id: form.id,
      kind: 'form',
      title: form.heading,
      level,
      indicators: form.indicators,
      body: html`<p class="description" lang=${this.contentLang('indicators')}>${form.text}</p>
        ${form.indicators.filter((indicator) => appliesTo(indicator, this.filter)).map((indicator) => this.renderIndicator(indicator))}`,
    });
  }

  /** Ticked indicators grouped under their category (or form), in the guide's order. */
  private tickedGroups(): { id: string; title: string; indicators: Indicator[] }[] {
    const data = getIndicators(this.language);
    const pick = (indicators: readonly Indicator[]) => indicators.filter((indicator) => this.ticked.has(indicator.id) && appliesTo(indicator, this.filter));
    return [
      ...data.categories.map((category) => ({ id: category.id, title: category.title, indicators: pick(category.groups.flatMap((group) => group.indicators)) })),
      ...data.forms.map((form) => ({ id: form.id, title: form.label, indicators: pick(form.indicators) })),
    ].filter((group) => group.indicators.length > 0);
  }

  private renderLink(attribute: LinkAttribute, text: string): TemplateResult {
    const { href } = this.links[attribute];
    return html`<li>${href ? html`<a part="link" href=${inPageHref(href)}>${text}</a>` : text}</li>`;
  }

  private renderSummary(t: IndicatorChecklistStrings, level: HeadingLevel): TemplateResult {
    const lang = this.language;
    const groups = this.tickedGroups();
    const sub = subLevel(level);
    const date = today(lang);
    const duties = getDutySummary(lang);
    const alarm = getAlarmContact(lang);
    const alarmNumber = alarm?.phones[0]?.number;
    const anyTicked = groups.length > 0;
    const steps = html`<p lang=${this.contentLang('duties')}>${duties.intro.text}</p>
      <ol class="steps" lang=${this.contentLang('duties')}>
        ${duties.steps.map((step) => html`<li data-step=${step.id}>${step.text}</li>`)}
      </ol>`;
    // Until something is ticked the next steps stay one click away, so the folded checklist stays
    // short on a phone; a tick opens them with the emergency numbers and the minors' help.
    return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
      ${renderHeading(level, t.summaryHeading, { id: 'summary-heading', focusable: true })}
      <p class="print-only">${t.printedOn(date)}</p>
      <div class="live" aria-live="polite">
        ${this.status ? html`<p class="status">${this.status}</p>` : nothing}
        ${groups.length
          ? html`<p>${t.tickedLead}</p>
              ${groups.map(
                (group) => html`<div class="ticked-group" data-group=${group.id}>
                  ${renderHeading(sub, html`<span lang=${this.contentLang('indicators')}>${group.title}</span>`)}
                  <ul lang=${this.contentLang('indicators')}>
                    ${group.indicators.map((indicator) => html`<li data-id=${indicator.id}>${renderRunningText(indicator.text)}</li>`)}
                  </ul>
                </div>`,
              )}`
          : html`<p>${t.nothingTicked}</p>`}
        ${anyTicked && this.maybeMinor
          ? html`<div class="minor-block">
              ${renderHeading(sub, t.minorHeading)}
              <p lang=${this.contentLang('duties')}>${duties.ageRule.text}</p>
              <p>
                ${t.minorContact}
                ${alarmNumber
                  ? renderPhoneLink({ digits: alarmNumber, whom: alarm?.short ?? alarm?.name ?? t.alarmName, lang, contactId: ALARM_CONTACT_ID })
                  : t.alarmName}
              </p>
            </div>`
          : nothing}
      </div>
      ${anyTicked
        ? html`${renderHeading(sub, t.urgentHeading)}
            <ul class="urgent-list" lang=${this.uiLang('indicator-checklist')}>
              ${this.renderUrgentItems(t, false)}
            </ul>
            ${renderHeading(sub, t.stepsHeading)} ${steps} ${this.renderLinks(t, sub)}`
        : html`<details class="steps-disclosure">
            <summary>${t.stepsHeading}</summary>
            ${steps} ${this.renderLinks(t, sub)}
          </details>`}
    </section>`;
  }

  private renderLinks(t: IndicatorChecklistStrings, level: HeadingLevel): TemplateResult {
    return html`${renderHeading(level, t.linksHeading, { className: 'links-heading' })}
      <ul class="links">
        ${this.renderLink('duty-href', t.dutyLink)} ${this.renderLink('rights-href', t.rightsLink)}
        ${this.renderLink('contacts-href', t.contactsLink)}
      </ul>`;
  }
}
