import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { getMyths, mythStatement, type Myth, type MythsFile } from '../../src/content/myths.js';
import { renderHeading, type HeadingLevel } from '../../src/heading.js';
import { mythsStyles } from './myths.styles.js';
import { strings, type MythsStrings } from './strings.js';

/** How the myths are shown. */
export const MYTHS_DISPLAYS = ['list', 'reveal'] as const;
export type MythsDisplay = (typeof MYTHS_DISPLAYS)[number];

/** Detail of `mh-myth-toggle`. */
export interface MythToggleDetail {
  /** Id of the myth in content/nb/myths.json. */
  id: string;
  open: boolean;
}

/**
 * Del 2's myths and misunderstandings about human trafficking, each answered with the guide's own
 * words. `display="list"` shows myth and fact together; `display="reveal"` lets the reader think
 * first and open each fact.
 *
 * @summary Myths about human trafficking, each answered by the guide.
 * @fires {CustomEvent<MythToggleDetail>} mh-myth-toggle - A fact was shown or hidden (reveal display). Detail: `{ id, open }`.
 * @csspart heading - The widget's heading.
 * @csspart intro - The guide's introductory sentence.
 * @csspart list - The list of myths.
 * @csspart item - One myth with its fact.
 * @csspart myth - The myth statement.
 * @csspart fact - The fact answering it.
 * @csspart label - The "Myte" and "Fakta" labels.
 * @csspart details - The disclosure of one myth (reveal display).
 * @csspart summary - The clickable myth (reveal display).
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Colour of the "Fakta" label and its border.
 * @cssprop --mh-danger-color - Colour of the "Myte" label.
 * @cssprop --mh-surface-raised - Background of each myth.
 * @cssprop --mh-border-color - Borders between myths.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 */
export class MhMyths extends MhElement {
  static override styles = [...MhElement.styles, mythsStyles];

  /** `list` (myth and fact together) or `reveal` (each fact behind a disclosure). */
  @property({ reflect: true }) display = 'list';

  /** Level of the widget's heading (2–6). */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** Ids of the myths whose fact is shown in the reveal display. */
  @state() private openIds = new Set<string>();

  override resetState(): void {
    super.resetState();
    this.openIds = new Set();
    // A toggle event may still be queued; close the elements now so nothing stays visible.
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = false;
  }

  private get validDisplay(): MythsDisplay | null {
    return (MYTHS_DISPLAYS as readonly string[]).includes(this.display) ? (this.display as MythsDisplay) : null;
  }

  private onToggle(event: Event, id: string): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openIds.has(id)) return;
    const next = new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    this.dispatchEvent(new CustomEvent<MythToggleDetail>('mh-myth-toggle', { detail: { id, open }, bubbles: true, composed: true }));
  }

  /** `display` and `heading-level`, parsed when they change; render only reads them. */
  private level: HeadingLevel = 2;
  private displayIssue?: AttributeIssue;
  private headingIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Each attribute only when it changed: a new heading level does not re-check `display`.
    if (changed.has('display')) this.displayIssue = this.validDisplay ? undefined : this.noteAttributeProblem('invalid', 'display', this.display, MYTHS_DISPLAYS, 'list');
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
  }

  /** `lang="nb"` for the myths' text while it is shown in nb for another language (set per render). */
  private mythsLang: 'nb' | typeof nothing = nothing;

  protected override render(): TemplateResult {
    const t = strings(this.language);
    const file = getMyths(this.language);
    this.mythsLang = this.contentLang('myths');
    const display = this.validDisplay;
    return html`
      ${renderHeading(this.level, html`<span lang=${this.mythsLang}>${file.heading}</span>`)} ${[this.displayIssue, this.headingIssue].map((issue) => (issue ? this.renderAttributeIssue(issue) : nothing))}
      <p part="intro" class="intro" lang=${this.mythsLang}>${file.intro.text}</p>
      <ul part="list" class="myths" aria-label=${t.listLabel}>
        ${file.myths.map((myth) =>
          html`<li part="item" class="item" data-id=${myth.id}>
            ${display === 'reveal' ? this.renderReveal(file, myth, t) : this.renderPair(file, myth, t)}
          </li>`,
        )}
      </ul>
      ${this.renderSourceFooter([2])}
    `;
  }

  private renderMyth(file: MythsFile, myth: Myth, t: MythsStrings): TemplateResult {
    return html`<span part="label" class="label label-myth">${t.myth}<span class="visually-hidden">:</span></span>
      <span part="myth" class="myth" lang=${this.mythsLang}>${mythStatement(file, myth)}</span>`;
  }

  private renderFact(myth: Myth, t: MythsStrings): TemplateResult {
    return html`<div part="fact" class="fact">
      <span part="label" class="label label-fact">${t.fact}<span class="visually-hidden">:</span></span>
      <blockquote lang=${this.mythsLang}>
        <p>${myth.fact}</p>
        ${myth.items ? html`<ul>${myth.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      </blockquote>
      <p class="fact-source">${t.factSource(myth.factSource.part)}</p>
    </div>`;
  }

  private renderPair(file: MythsFile, myth: Myth, t: MythsStrings): TemplateResult {
    return html`<p class="statement">${this.renderMyth(file, myth, t)}</p>
      ${this.renderFact(myth, t)}`;
  }

  private renderReveal(file: MythsFile, myth: Myth, t: MythsStrings): TemplateResult {
    return html`<details part="details" ?open=${this.openIds.has(myth.id)} @toggle=${(event: Event) => this.onToggle(event, myth.id)}>
      <summary part="summary">
        <span class="statement">${this.renderMyth(file, myth, t)}</span>
        <span class="reveal-hint" aria-hidden="true">${t.showFact}</span>
      </summary>
      ${this.renderFact(myth, t)}
    </details>`;
  }
}
