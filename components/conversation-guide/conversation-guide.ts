import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { inPageHref, safeSiteHref } from '../../src/href.js';
import { getConversation, SITUATIONS, type ConversationFile, type ExampleQuestion, type Situation } from '../../src/content/conversation.js';
import { contactShortName } from '../../src/content/contact-slice.js';
import { getContact } from '../../src/content/named-contacts.js';
import type { ProseSection } from '../../src/content/schemas/prose.js';
import { hasContent } from '../../src/content/store.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import { renderPhoneLink } from '../../src/phone-link.js';
import { conversationGuideStyles } from './conversation-guide.styles.js';
import { strings, type ConversationStrings } from './strings.js';

/** Detail of `mh-situations-change`. */
export interface SituationsChangeDetail {
  /** The situations ticked, in the widget's order; empty means all questions are shown. */
  situations: Situation[];
  /** Ids of the example questions now shown. */
  questions: string[];
}

/** Known and unknown values of a `situations` attribute value. */
function parseSituations(value: string): { known: Situation[]; unknown: string[] } {
  const tokens = value
    .split(/[\s,]+/)
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  const known = SITUATIONS.filter((situation) => tokens.includes(situation));
  const unknown = tokens.filter((token) => !(SITUATIONS as readonly string[]).includes(token));
  return { known, unknown };
}

/** Splits `text` at the first `linkText` and makes that part a link. */
function withLink(text: string, linkText: string, href: string): TemplateResult {
  const at = text.indexOf(linkText);
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<a part="link" href=${href}>${linkText}</a>${text.slice(at + linkText.length)}`;
}

/**
 * Del 5 of the guide as a working aid for a conversation with a person you are worried about:
 * observation and conversation, the interpreter rule, the purposes and tips of the conversation,
 * the words to avoid and the guide's 12 example questions with their follow-ups, filterable by
 * situation and printable as a handout.
 *
 * @summary Del 5: how to talk with a possible victim, with the guide's example questions.
 * @fires {CustomEvent<SituationsChangeDetail>} mh-situations-change - The situation filter changed. Detail: `{ situations, questions }`.
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - A phone number was activated. Detail: `{ id, number }`.
 * @csspart heading - Headings.
 * @csspart section - Each section of the widget.
 * @csspart details - The expandable sections (observations, tips).
 * @csspart summary - The summary line of an expandable section.
 * @csspart callout - Highlighted passages (minors, words to avoid).
 * @csspart contacts - The list of advice contacts with their phone numbers.
 * @csspart link - Links.
 * @csspart phone - Phone links.
 * @csspart filter - The fieldset with the situation checkboxes.
 * @csspart checkbox - Each situation checkbox.
 * @csspart button - The "show all questions" button.
 * @csspart status - The polite status with the number of questions shown.
 * @csspart questions - The list of example questions.
 * @csspart question - One example question with its follow-ups.
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Links, the callout bar and checkbox colour.
 * @cssprop --mh-surface-raised - Background of callouts and question cards.
 * @cssprop --mh-border-color - Borders of expandable sections, the filter and question cards.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-danger-color - Border of the invalid-input notice.
 */
export class MhConversationGuide extends MhElement {
  static override styles = [...MhElement.styles, conversationGuideStyles];

  /** Heading level of the widget's title (2–6); sections use the level below. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /**
   * Space-separated situations to preselect in the question filter: `work housing money customers
   * phone-and-accounts health shopping travel passport help`. Empty: all questions.
   */
  @property() situations = '';

  /**
   * Where the list of what to tell the person about rights and help services is
   * (e.g. `<mh-rights-list variant="person">` on another page). https: or same-site only; else text.
   */
  @property({ attribute: 'rights-href' }) rightsHref = '';

  /** Situations ticked by the user; null follows the `situations` attribute. */
  @state() private selected: Situation[] | null = null;

  override resetState(): void {
    super.resetState();
    this.selected = null;
  }

  /** `heading-level`, `situations` and `rights-href`, parsed when they change; render only reads them. */
  private level: HeadingLevel = 2;
  /** The known situations of the `situations` attribute, in the widget's order. */
  private preset: Situation[] = [];
  /** The checked `rights-href`, or null (then the text stands without a link). */
  private rightsLink: string | null = null;
  private headingIssue?: AttributeIssue;
  private situationsIssue?: AttributeIssue;
  private rightsHrefIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
    if (changed.has('situations')) {
      const { known, unknown } = parseSituations(this.situations);
      this.preset = known;
      this.situationsIssue = unknown.length ? this.noteAttributeProblem('unknown', 'situations', unknown.join(' '), SITUATIONS) : undefined;
      // A new preset from the host replaces what was ticked before.
      this.selected = null;
    }
    if (changed.has('rightsHref')) {
      this.rightsLink = safeSiteHref(this.rightsHref);
      this.rightsHrefIssue = this.rightsHref.trim() && this.rightsLink === null ? this.noteAttributeProblem('link', 'rights-href', this.rightsHref) : undefined;
    }
  }

  private get text(): ConversationStrings {
    return strings(this.language);
  }

  private get active(): Situation[] {
    return this.selected ?? this.preset;
  }

  private shownQuestions(data: ConversationFile): ExampleQuestion[] {
    const active = this.active;
    if (active.length === 0) return data.questions.list;
    return data.questions.list.filter((question) => question.situations.some((situation) => active.includes(situation)));
  }

  private setSelection(next: Situation[]): void {
    this.selected = SITUATIONS.filter((situation) => next.includes(situation));
    const detail: SituationsChangeDetail = {
      situations: [...this.selected],
      questions: this.shownQuestions(getConversation(this.language)).map((question) => question.id),
    };
    this.dispatchEvent(new CustomEvent<SituationsChangeDetail>('mh-situations-change', { detail, bubbles: true, composed: true }));
  }

  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const situation = input.value as Situation;
    const current = this.active.filter((value) => value !== situation);
    this.setSelection(input.checked ? [...current, situation] : current);
  }

  override render(): TemplateResult {
    const lang = this.language;
    const text = this.text;
    const data = getConversation(lang);
    // nn and en fall back to the nb content: mark it, so screen readers pronounce it as Norwegian.
    const contentLang = hasContent('conversation', lang) ? nothing : lang === 'nb' ? nothing : 'nb';
    const level = this.level;
    const sub = subLevel(level);
    const problems = [this.headingIssue, this.situationsIssue, this.rightsHrefIssue].map((issue) => (issue ? this.renderAttributeIssue(issue) : nothing));
    return html`
      ${problems} ${renderHeading(level, text.title, { className: 'title' })}
      ${this.renderProse(data.identify, sub, contentLang)}
      ${this.renderDetails(text.observationSummary, 'observations', html`${this.renderProse({ ...data.observation, heading: undefined }, sub, contentLang)}`)}
      ${this.renderConversation(data, sub, contentLang)} ${this.renderProse(data.interpreter, sub, contentLang)}
      <section part="section" data-id=${data.purposes.id}>
        ${renderHeading(sub, html`<span lang=${this.uiLang('conversation-guide')}>${text.purposesHeading}</span>`)}
        <div lang=${contentLang}>
          <p>${data.purposes.text}</p>
          <ul>
            ${data.purposes.points.map((point) => html`<li data-id=${point.id}>${point.text}</li>`)}
          </ul>
          <p data-id=${data.reluctance.id}>${data.reluctance.text}</p>
        </div>
      </section>
      ${this.renderDetails(
        text.tipsSummary,
        data.tips.id,
        html`<ul lang=${contentLang}>
          ${data.tips.points.map((point) => html`<li data-id=${point.id}>${point.text}</li>`)}
        </ul>`,
      )}
      ${this.renderDetails(
        text.minorTipsSummary,
        data.minorTips.id,
        html`<div lang=${contentLang}>
          <p>${data.minorTips.text}</p>
          <ul>
            ${data.minorTips.points.map((point) => html`<li data-id=${point.id}>${point.text}</li>`)}
          </ul>
        </div>`,
      )}
      <section part="section" data-id=${data.questionTips.id}>
        ${renderHeading(sub, html`<span lang=${contentLang}>${data.questionTips.heading}</span>`)}
        <div lang=${contentLang}>
          <p class="callout" part="callout" data-id=${data.questionTips.avoidWords.id}>${data.questionTips.avoidWords.text}</p>
          <ul>
            ${data.questionTips.points.map((point) => html`<li data-id=${point.id}>${point.text}</li>`)}
          </ul>
        </div>
      </section>
      ${this.renderQuestions(data, sub, contentLang)} ${this.renderRights(sub)} ${this.renderSourceFooter([5])}
    `;
  }

  private renderProse(section: ProseSection, level: HeadingLevel, contentLang: string | typeof nothing): TemplateResult {
    return html`<section part="section" data-id=${section.id} lang=${contentLang}>
      ${section.heading ? renderHeading(level, section.heading) : nothing}
      ${section.blocks.map((block) => (block.kind === 'paragraph' ? html`<p>${block.text}</p>` : nothing))}
    </section>`;
  }

  private renderDetails(summary: string, id: string, body: TemplateResult): TemplateResult {
    return html`<details part="details" data-id=${id}>
      <summary part="summary"><span lang=${this.uiLang('conversation-guide')}>${summary}</span></summary>
      <div class="details-body">${body}</div>
    </details>`;
  }

  private renderConversation(data: ConversationFile, level: HeadingLevel, contentLang: string | typeof nothing): TemplateResult {
    const text = this.text;
    const lang = this.language;
    const contactsLang = hasContent('contacts', lang) || lang === 'nb' ? nothing : 'nb';
    const contacts = data.advice.contacts.flatMap((id) => {
      const contact = getContact(id, lang) ?? getContact(id, 'nb');
      return contact ? [contact] : [];
    });
    return html`<section part="section" data-id=${data.conversation.id}>
      ${data.conversation.heading
        ? renderHeading(level, html`<span lang=${contentLang}>${data.conversation.heading}</span>`)
        : renderHeading(level, text.conversationSummary)}
      <div lang=${contentLang}>
        ${data.conversation.blocks.map((block) => (block.kind === 'paragraph' ? html`<p>${block.text}</p>` : nothing))}
      </div>
      <div class="callout" part="callout" data-id=${data.minorsFirst.id}>
        <p class="callout-label"><strong>${text.minorsFirstLabel}</strong></p>
        <p lang=${contentLang}>${data.minorsFirst.text}</p>
      </div>
      <p lang=${contentLang} data-id=${data.advice.id}>${withLink(data.advice.text, data.website.text, data.website.href)}</p>
      <ul class="contacts" part="contacts" aria-label=${text.adviceLabel}>
        ${contacts.map(
          (contact) =>
            html`<li data-id=${contact.id}>
              <span lang=${contactsLang}>${contact.name}</span>:
              ${contact.phones.map(
                (phone) =>
                  html`${renderPhoneLink({ digits: phone.number, whom: contactShortName(contact), lang, contactId: contact.id })}${phone.hours?.text
                    ? html` <span lang=${contactsLang}>(${phone.hours.text})</span>`
                    : nothing}`,
              )}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderQuestions(data: ConversationFile, level: HeadingLevel, contentLang: string | typeof nothing): TemplateResult {
    const text = this.text;
    const active = this.active;
    const shown = this.shownQuestions(data);
    const total = data.questions.list.length;
    return html`<section part="section" class="questions-section" data-id=${data.questions.id}>
      ${renderHeading(level, html`<span lang=${this.uiLang('conversation-guide')}>${text.questionsHeading}</span>`)}
      <p lang=${contentLang}>${data.questions.text}</p>
      <fieldset class="filter" part="filter">
        <legend>${text.filterLegend}</legend>
        <p class="hint" id="filter-hint">${text.filterHint}</p>
        <div class="options">
          ${SITUATIONS.map(
            (situation) =>
              html`<label class="option">
                <input
                  type="checkbox"
                  part="checkbox"
                  name="situation"
                  value=${situation}
                  aria-describedby="filter-hint"
                  .checked=${active.includes(situation)}
                  @change=${this.onToggle}
                />
                <span>${text.situations[situation]}</span>
              </label>`,
          )}
        </div>
        <button type="button" part="button" class="show-all" @click=${() => this.setSelection([])}>${text.showAll}</button>
      </fieldset>
      <p class="status" part="status" role="status">${text.status(shown.length, total)}</p>
      <ol class="questions" part="questions">
        ${shown.map((question) => this.renderQuestion(question, data.questions.list.indexOf(question) + 1, contentLang))}
      </ol>
      <p lang=${contentLang} data-id=${data.moreInfo.id}>${withLink(data.moreInfo.text, data.website.text, data.website.href)}</p>
    </section>`;
  }

  private renderQuestion(question: ExampleQuestion, number: number, contentLang: string | typeof nothing): TemplateResult {
    const text = this.text;
    const topics = question.situations.map((situation) => text.situations[situation]).join(', ');
    return html`<li class="question" part="question" value=${number} data-id=${question.id}>
      <p class="question-text" lang=${contentLang}><strong>${question.question}</strong></p>
      ${question.note
        ? html`<p class="note" lang=${contentLang}><em>[${question.note}]</em></p>
            <p class="label">${text.sayLabel}</p>
            ${question.followUps.map((followUp) => html`<blockquote class="say" lang=${contentLang}><p>${followUp}</p></blockquote>`)}
            ${this.renderRightsLink()}`
        : html`<p class="label">${text.followUpsLabel}</p>
            <ul class="follow-ups" lang=${contentLang}>
              ${question.followUps.map((followUp) => html`<li><em>${followUp}</em></li>`)}
            </ul>`}
      <p class="topics mh-no-print">${text.topics}: ${topics}</p>
    </li>`;
  }

  private renderRightsLink(): TemplateResult {
    const href = this.rightsLink;
    return href
      ? html`<p><a part="link" class="rights-link" href=${inPageHref(href)}>${this.text.rightsLink}</a></p>`
      : html`<p class="rights-text">${this.text.rightsText}</p>`;
  }

  private renderRights(level: HeadingLevel): TemplateResult {
    return html`<section part="section" class="rights" data-id="rights-information">
      ${renderHeading(level, html`<span lang=${this.uiLang('conversation-guide')}>${this.text.rightsHeading}</span>`)}
      <p>${this.text.rightsLead}</p>
      ${this.renderRightsLink()}
    </section>`;
  }
}
