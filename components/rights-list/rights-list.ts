import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { contactShortName } from '../../src/content/contact-slice.js';
import { getContact } from '../../src/content/named-contacts.js';
import { phoneDisplay } from '../../src/content/phone.js';
import {
  forAudience,
  getRights,
  type PersonItem,
  type Right,
  type RightsAudience,
  type RightsBlock,
  type RightsFile,
  type RightsLink,
  type RightsPhone,
  type RightsSection,
} from '../../src/content/rights.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import type { Lang } from '../../src/locale.js';
import { renderPhoneLink } from '../../src/phone-link.js';
import { rightsListStyles } from './rights-list.styles.js';
import { strings } from './strings.js';

export const RIGHTS_VARIANTS = ['professional', 'person'] as const;
export type RightsVariant = (typeof RIGHTS_VARIANTS)[number];
export const RIGHTS_AUDIENCES = ['adult', 'minor'] as const satisfies readonly RightsAudience[];

/** The age the widget works from: as set by `audience`, or `unknown` when it is not set. */
export type RightsAge = RightsAudience | 'unknown';

/** Detail of `mh-rights-variant-change`. */
export interface RightsVariantChangeDetail {
  variant: RightsVariant;
}

function isVariant(value: string): value is RightsVariant {
  return (RIGHTS_VARIANTS as readonly string[]).includes(value);
}

/** The variant shown for a `variant` value: an unknown one shows the professional version. */
function variantOf(value: string): RightsVariant {
  return isVariant(value) ? value : 'professional';
}

function isAudience(value: string): value is RightsAudience {
  return (RIGHTS_AUDIENCES as readonly string[]).includes(value);
}

/** Body names are quoted mid-sentence ("kommunen"); in a list they start with a capital. */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/**
 * The rights of presumed victims of human trafficking in Norway (the guide's Del 7), each with the
 * bodies responsible and the guide's explanation, and the information to give the person (Del 5),
 * addressed to them, with tappable phone numbers and a print layout for a one-page handout.
 *
 * @summary Rights of presumed victims: for professionals, or addressed to the person.
 * @fires {CustomEvent<RightsVariantChangeDetail>} mh-rights-variant-change - The user switched between the professional and the person version. Detail: `{ variant }`.
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - A phone link was activated. Detail: `{ id?, number }`.
 * @csspart heading - Headings.
 * @csspart list - The list of rights, and the person list.
 * @csspart item - One right, or one point of the person list.
 * @csspart right - The text of one right.
 * @csspart bodies - The bodies responsible for a right.
 * @csspart details - An expandable explanation.
 * @csspart summary - The clickable summary of an explanation.
 * @csspart button - The "Vis for personen" and back buttons.
 * @csspart call - The box with the phone numbers in the person version.
 * @csspart link - Links (web addresses and phone numbers).
 * @csspart phone - Phone links.
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Links, the button and the call box's edge.
 * @cssprop --mh-accent-contrast - Text on the button.
 * @cssprop --mh-surface - Background of the widget.
 * @cssprop --mh-surface-raised - Background of the call box and open explanations.
 * @cssprop --mh-border-color - Borders of explanations and items.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 */
export class MhRightsList extends MhElement {
  static override styles = [...MhElement.styles, rightsListStyles];

  /** `professional` (default): the nine rights with who is responsible. `person`: the information to give the person. */
  @property({ reflect: true }) variant: string = 'professional';

  /**
   * `minor` or `adult`. Not set (age unknown), the minors' additions are shown marked "Under 18 år"
   * (the guide: in doubt about age, treat the person as a child); `adult` leaves them out.
   */
  @property() audience: string = '';

  /** Level of the widget's top heading (2–6); sub-headings use the levels below. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** Set when the user switched to the person version, so the way back is offered. */
  @state() private switchedFrom: RightsVariant | null = null;

  private focusAfterRender: 'person' | 'switch' | null = null;

  override resetState(): void {
    super.resetState();
    if (this.switchedFrom) this.variant = this.switchedFrom;
    this.switchedFrom = null;
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = false;
  }

  /** Switches to `variant` as the user would: moves focus and fires `mh-rights-variant-change`. */
  showVariant(variant: RightsVariant): void {
    // From the attribute, not the parsed state: a second call before the next update must see the first.
    const current = variantOf(this.variant);
    if (variant === current) return;
    this.switchedFrom = variant === 'person' ? current : null;
    this.variant = variant;
    this.focusAfterRender = variant === 'person' ? 'person' : 'switch';
    this.dispatchEvent(
      new CustomEvent<RightsVariantChangeDetail>('mh-rights-variant-change', { detail: { variant }, bubbles: true, composed: true }),
    );
  }

  /** `variant`, `audience` and `heading-level`, parsed when they change; render only reads them. */
  private currentVariant: RightsVariant = 'professional';
  /** An unknown value counts as not set: the safe side shows the minors' additions. */
  private currentAudience: RightsAge = 'unknown';
  private level: HeadingLevel = 2;
  private variantIssue?: AttributeIssue;
  private audienceIssue?: AttributeIssue;
  private headingIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('variant')) {
      this.currentVariant = variantOf(this.variant);
      this.variantIssue = isVariant(this.variant) ? undefined : this.noteAttributeProblem('invalid', 'variant', this.variant, RIGHTS_VARIANTS, 'professional');
    }
    if (changed.has('audience')) {
      const value = this.audience.trim().toLowerCase();
      this.currentAudience = isAudience(value) ? value : 'unknown';
      this.audienceIssue = !value || isAudience(value) ? undefined : this.noteAttributeProblem('invalid', 'audience', this.audience, RIGHTS_AUDIENCES);
    }
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
  }

  /** Whether content for `audience` is shown: with age unknown, what applies to adults and to minors. */
  private shows(audience: RightsAudience | undefined): boolean {
    const current = this.currentAudience;
    return current === 'unknown' || forAudience(audience, current);
  }

  /** "Under 18 år:" before a minors' addition while age is unknown, so no one reads it as applying to adults. */
  private minorTag(audience: RightsAudience | undefined): TemplateResult | typeof nothing {
    return audience === 'minor' && this.currentAudience === 'unknown'
      ? html`<strong class="minor-tag">${strings(this.language).under18}:</strong> `
      : nothing;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = null;
    const selector = target === 'person' ? '#person-heading' : '#show-person';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render(): TemplateResult {
    const data = getRights(this.language);
    return html`
      ${[this.variantIssue, this.audienceIssue, this.headingIssue].map((issue) => (issue ? this.renderAttributeIssue(issue) : nothing))}
      ${this.currentVariant === 'person' ? this.renderPerson(data) : this.renderProfessional(data)}
      ${this.renderSourceFooter([5, 7])}
    `;
  }

  // Professional version ------------------------------------------------------------------------

  private renderProfessional(data: RightsFile): TemplateResult {
    const t = strings(this.language);
    const audience = this.currentAudience;
    const sub = subLevel(this.level);
    const sections = new Map(data.sections.map((section) => [section.id, section]));
    return html`<div class="professional">
      ${renderHeading(this.level, html`<span lang=${this.contentLang('rights')}>${data.intro.heading}</span>`)}
      <p lang=${this.contentLang('rights')}>${data.intro.text}</p>
      <div class="switch mh-no-print">
        <p lang=${this.contentLang('rights')}>${data.person.text}</p>
        <button id="show-person" type="button" part="button" class="button" @click=${() => this.showVariant('person')}>${t.showPerson}</button>
      </div>
      <p id="rights-lead" class="lead" lang=${this.contentLang('rights')}>${data.rightsLead.text}</p>
      <ol class="rights" part="list" aria-labelledby="rights-lead">
        ${data.rights.map((right) => this.renderRight(right, sections))}
      </ol>
      ${audience === 'adult' ? nothing : this.renderMinors(data, sub)}
      <section class="assessment" aria-labelledby="non-punishment-assessment" data-id=${data.nonPunishmentAssessment.id}>
        ${renderHeading(sub, html`<span lang=${this.contentLang('rights')}>${data.nonPunishmentAssessment.heading}</span>`, { id: 'non-punishment-assessment' })}
        <ul lang=${this.contentLang('rights')}>
          ${data.nonPunishmentAssessment.items.map((item) => html`<li>${item}</li>`)}
        </ul>
        <p lang=${this.contentLang('rights')}>${data.nonPunishmentAssessment.note}</p>
      </section>
      <details part="details" data-id=${data.responsibility.id}>
        <summary part="summary"><span lang=${this.contentLang('rights')}>${data.responsibility.heading}</span></summary>
        ${data.responsibility.blocks.map((block) => this.renderBlock(block))}
      </details>
    </div>`;
  }

  private renderRight(right: Right, sections: Map<string, RightsSection>): TemplateResult {
    const t = strings(this.language);
    const bodies = right.bodies.filter((body) => this.shows(body.audience));
    const labelId = `bodies-${right.id}`;
    return html`<li part="item" class="right" data-id=${right.id}>
      <p part="right" class="right-text" lang=${this.contentLang('rights')}>${capitalize(right.text)}</p>
      ${right.note ? html`<p class="right-note" lang=${this.contentLang('rights')}>${right.note}</p>` : nothing}
      <p class="bodies-label" id=${labelId}>${t.bodiesLabel}</p>
      <ul part="bodies" class="bodies" aria-labelledby=${labelId}>
        ${bodies.map(
          (body) =>
            html`<li data-contact=${body.contact ?? nothing}>
              ${this.minorTag(body.audience)}<span class="body-name" lang=${this.contentLang('rights')}>${capitalize(body.name)}</span>${body.note
                ? html`<span class="body-note" lang=${this.contentLang('rights')}>: ${body.note}</span>`
                : nothing}
            </li>`,
        )}
      </ul>
      ${right.sections
        .map((id) => sections.get(id))
        .filter((section): section is RightsSection => section !== undefined && this.shows(section.audience))
        .map(
          (section) => html`<details part="details" data-id=${section.id}>
            <summary part="summary">${this.minorTag(section.audience)}${t.readMore(section.heading)}</summary>
            ${section.blocks.map((block) => this.renderBlock(block))}
          </details>`,
        )}
    </li>`;
  }

  private renderMinors(data: RightsFile, level: HeadingLevel): TemplateResult {
    const t = strings(this.language);
    return html`<section class="minors" aria-labelledby="minors-heading" data-id=${data.minors.id}>
      ${renderHeading(level, t.minorsHeading, { id: 'minors-heading' })}
      ${this.currentAudience === 'unknown' ? html`<p class="minors-lead">${t.minorsLead}</p>` : nothing}
      <ul part="list" lang=${this.contentLang('rights')}>
        ${data.minors.items.map((item) => html`<li part="item" data-id=${item.id}>${item.text}</li>`)}
      </ul>
      <p class="footnote" lang=${this.contentLang('rights')}>${data.minors.note}</p>
    </section>`;
  }

  /** Minors' blocks name minors in their own words ("Mindreårige: …"), so they need no tag. */
  private renderBlock(block: RightsBlock): TemplateResult | typeof nothing {
    if (!this.shows(block.audience)) return nothing;
    const lang = this.contentLang('rights');
    if (block.kind === 'paragraph') return html`<p lang=${lang}>${this.renderRich(block.text, block.phones, block.links)}</p>`;
    return html`${block.text ? html`<p lang=${lang}>${block.text}</p>` : nothing}
      <ul lang=${lang}>
        ${block.items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }

  // Person version ------------------------------------------------------------------------------

  private renderPerson(data: RightsFile): TemplateResult {
    const t = strings(this.language);
    const audience = this.currentAudience;
    // A presumed minor should see the children's number first.
    const calls = [...data.person.call].sort((a, b) =>
      audience === 'minor' ? Number(b.audience === 'minor') - Number(a.audience === 'minor') : 0,
    );
    return html`<div class="person" data-id=${data.person.id}>
      ${renderHeading(this.level, t.personHeading, { id: 'person-heading', focusable: true })}
      <section class="call" part="call" aria-labelledby="call-heading">
        ${renderHeading(subLevel(this.level), t.callHeading, { id: 'call-heading' })}
        <ul>
          ${calls.map((call) => {
            const contact = call.contact ? (getContact(call.contact, this.language) ?? getContact(call.contact, 'nb')) : undefined;
            const label = contact?.phones.find((phone) => phone.number === call.digits)?.label;
            const name = contact ? (label ? `${contact.name}: ${label}` : contact.name) : '';
            return html`<li data-id=${call.id}>
              <span class="call-label"
                >${call.audience === 'minor' ? html`<strong>${t.under18}:</strong> ` : nothing}<span lang=${this.contentLang('contacts')}>${name}</span></span
              >
              ${renderPhoneLink({
                digits: call.digits,
                whom: contact ? contactShortName(contact) : name,
                lang: this.language,
                contactId: call.contact,
                className: 'mh-tel call-number',
              })}
            </li>`;
          })}
        </ul>
      </section>
      <ul class="person-list" part="list">
        ${data.person.items.map((item) => this.renderPersonItem(item))}
        ${audience === 'adult'
          ? nothing
          : data.minors.items
              .filter((item) => item.id === 'school')
              .map((item) => html`<li part="item" data-id=${item.id}>${this.minorTag('minor')}<span lang=${this.contentLang('rights')}>${item.text}</span></li>`)}
      </ul>
      ${this.switchedFrom
        ? html`<p class="back mh-no-print">
            <button type="button" part="button" class="button secondary" @click=${() => this.showVariant('professional')}>
              ${t.backToProfessional}
            </button>
          </p>`
        : nothing}
    </div>`;
  }

  private renderPersonItem(item: PersonItem): TemplateResult {
    const t = strings(this.language);
    return html`<li part="item" data-id=${item.id}>
      <span lang=${this.contentLang('rights')}>${this.renderRich(item.text, item.phones, item.links)}</span>
      ${item.seeAlso?.map(
        (link) => html` <span class="see-also">${t.seeAlso} <a part="link" href=${link.href}>${link.label}</a></span>`,
      )}
    </li>`;
  }

  /**
   * The quote with its printed phone numbers and addresses made into links. The numbers come from
   * the quote itself (the content test checks the printed form is in it), so link and text agree.
   */
  private renderRich(text: string, phones: readonly RightsPhone[] = [], links: readonly RightsLink[] = []): unknown[] {
    const lang: Lang = this.language;
    const replacements: { needle: string; render: () => TemplateResult }[] = [
      ...phones.map((phone) => {
        const contact = phone.contact ? (getContact(phone.contact, lang) ?? getContact(phone.contact, 'nb')) : undefined;
        const display = phoneDisplay(phone.digits);
        return {
          needle: display,
          render: () =>
            renderPhoneLink({ digits: phone.digits, whom: contact ? contactShortName(contact) : display, lang, contactId: phone.contact }),
        };
      }),
      ...links.map((link) => ({ needle: link.text, render: () => html`<a part="link" href=${link.href}>${link.text}</a>` })),
    ];
    let parts: unknown[] = [text];
    for (const { needle, render } of replacements) {
      parts = parts.flatMap((part) => {
        if (typeof part !== 'string') return [part];
        const index = part.indexOf(needle);
        if (index < 0) return [part];
        return [part.slice(0, index), render(), part.slice(index + needle.length)];
      });
    }
    return parts;
  }
}
