import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { baseStyles } from '../../src/styles/base.js';
import type { HeadingLevel } from '../../src/heading.js';
import { CONTACT_IDS, getContact } from '../../src/content/contacts.js';
import { renderContact } from '../../src/contact/view.js';
import { contactStyles } from '../../src/contact/styles.js';
import { cardStyles } from './contact-card.styles.js';
import { strings } from '../../src/contact/strings.js';
import { clip, toDate } from '../../src/attributes.js';
import { ContactsFileController, type ContactsFileReport, type ContactsFileState } from '../../src/contact/contacts-file.js';
import type { CheckedHostContact } from '../../src/content/host-contacts.js';

const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/**
 * One contact from Del 8 of the guide: name, what it helps with, every phone number as a large
 * tel: link, e-mail and web addresses, opening hours in words and an open/closed badge computed
 * in Europe/Oslo time.
 *
 * @summary A contact card (ROSA, politiet, Alarmtelefonen …) with call links and opening hours.
 *
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - A phone link was activated. Detail: `{ id: string, number: string }` (number as digits).
 *
 * @csspart card - The card box.
 * @csspart heading - The contact's name (also `name`).
 * @csspart description - What the contact helps with: the guide's first sentence about it.
 * @csspart note - A caveat the guide prints about the contact (KOM does not handle individual cases).
 * @csspart places - The places the guide names for the service ("Steder: Oslo, Bergen …").
 * @csspart details - The `<details>` disclosure with the rest of the guide's description.
 * @csspart summary - Its `<summary>` («Mer om …»).
 * @csspart phones - The list of phone numbers.
 * @csspart phone-item - One phone number with its label and hours.
 * @csspart link - Every link (also `phone`, `email` or `web`).
 * @csspart phone-label - What the line is, e.g. "UDIs veiledningstelefon".
 * @csspart hours - Opening hours in words plus the badge.
 * @csspart badge - The open/closed badge (also `badge-open`, `badge-closed`, `badge-always`).
 * @csspart links - E-mail and web addresses.
 * @csspart loading - The line shown while a `contacts-src` file loads.
 * @csspart problem - The message shown for bad input.
 * @csspart footer - The source footer.
 *
 * @cssprop --mh-accent - Link colour.
 * @cssprop --mh-border-color - Card and badge border.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Padding.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-card-background - Card background (default: a faint tint).
 * @cssprop --mh-phone-font-size - Size of the phone numbers (default 1.5em).
 * @cssprop --mh-badge-open-color - Border of the "open" badge.
 * @cssprop --mh-badge-border - Border of the opening-hours badge (default: the border colour).
 */
export class MhContactCard extends MhElement {
  static override styles = [baseStyles, contactStyles, cardStyles];

  /** Contact id from the guide, e.g. `rosa`, `politiet`, `alarmtelefonen`, or of a local contact in `contacts-src`. */
  @property({ reflect: true }) contact = '';

  /**
   * A JSON file of local contacts on this site (same shape as the contact list's JSON block): a
   * path ("/kontakter.json") or an https: address on the page's own origin; another origin is
   * refused. The card shows the entry whose id is `contact` (the guide's contacts come first).
   */
  @property({ attribute: 'contacts-src' }) contactsSrc = '';

  /** Show only the name and the phone numbers. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the contact's heading, 2–6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = DEFAULT_HEADING_LEVEL;

  /** The clock for the open/closed badge; defaults to the current time. Set it to test or preview. */
  @property({ attribute: false }) now?: Date;

  private ticker?: ReturnType<typeof setInterval>;
  private readonly contactsFile = new ContactsFileController(this, () => this.contactsSrc);

  /** Resolves when a `contacts-src` file is read (or failed) and the card shows it. */
  get hostContactsReady(): Promise<boolean> {
    return this.contactsFile.ready.then(() => this.updateComplete);
  }

  /**
   * `heading-level`, `contact` and the `contacts-src` file, parsed when one of them changes; render
   * only reads this. `guide`: the id is one of the guide's contacts; `host`: the file's entry for it.
   */
  private parsed: { level: HeadingLevel; headingIssue?: AttributeIssue; id: string; guide: boolean; host?: CheckedHostContact } = { level: DEFAULT_HEADING_LEVEL, id: '', guide: false };
  /** The file state the last parse saw (the controller replaces it when a load ends). */
  private seenFileState?: ContactsFileState;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contactsSrc') || changed.has('contact')) this.resetWarnings();
    if (changed.has('headingLevel')) {
      const { level, issue } = this.parseHeadingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL);
      this.parsed = { ...this.parsed, level, headingIssue: issue };
    }
    // This update's file state (controllers' hostUpdate runs after willUpdate).
    this.contactsFile.sync();
    const file = this.contactsFile.state;
    const fileChanged = file !== this.seenFileState;
    this.seenFileState = file;
    if (fileChanged || changed.has('contact') || changed.has('contactsSrc')) this.parseContact(file);
  }

  /** Which contact `contact` names (the guide's, or an entry of the file), with one warning per problem. */
  private parseContact(file: ContactsFileState): void {
    const id = clip((this.contact ?? '').trim());
    const guide = id !== '' && CONTACT_IDS.includes(id);
    const host = !guide && file.status === 'loaded' ? file.result.contacts.find((candidate) => candidate.id === id) : undefined;
    this.parsed = { ...this.parsed, id, guide, host };
    // Every problem with the file is logged (English); the card shows only its own (fileReports),
    // worded in the widget's language when rendered.
    for (const report of this.contactsFile.reports(strings(this.language), clip)) this.warnOnce(report.key, report.warning);
    if (guide || host || (id && file.status === 'loading') || this.fileReports().length) return;
    // Keyed by value, as noteAttributeProblem does: a new bad id warns again.
    const inFile = file.status === 'loaded' ? ` nor an id in contacts-src="${clip(file.src)}"` : '';
    this.warnOnce(
      `contact:${id}`,
      id
        ? `contact="${id}" is not a known contact id${inFile}. Valid ids: ${CONTACT_IDS.join(', ')}.`
        : `the contact attribute is missing. Valid ids: ${CONTACT_IDS.join(', ')}.`,
    );
  }

  /**
   * What the card reports about the file: with a guide contact, every problem with the file; with a
   * local contact, only the file's own failure and a problem with that contact's entry (the list
   * shows the rest). The file was checked when it loaded; this only words the reports.
   */
  private fileReports(): ContactsFileReport[] {
    const { id, guide } = this.parsed;
    return this.contactsFile.reports(strings(this.language), clip).filter((report) => guide || report.id === undefined || report.id === id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render each minute so the badge turns from "open" to "closed" while the page is open.
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override render() {
    const lang = this.language;
    const text = strings(lang);
    const { id, guide, host, level, headingIssue } = this.parsed;
    const problem = headingIssue ? this.renderAttributeIssue(headingIssue) : nothing;
    const file = this.contactsFile.state;
    const fileProblems = this.fileReports().map((report) => this.renderProblem(report.notice, !guide));
    if (!guide && id && file.status === 'loading') {
      // The local contact is on its way: a line in the card's place, never a blank.
      return html`<article class="card" part="card" aria-busy="true"><p class="loading" part="loading">${text.fileLoading}</p></article>`;
    }
    if (host) {
      // A local contact is the host's, not the guide's: no source footer citing Del 8.
      return html`${fileProblems}<article class="card" part="card" aria-labelledby="name">
        ${problem}
        ${renderContact(host, { lang, now: toDate(this.now) ?? new Date(), headingLevel: level, compact: this.compact, headingId: 'name' })}
      </article>`;
    }
    // Every language has the guide's contacts (content parity); nb is the safety net.
    const contact = guide ? (getContact(id, lang) ?? getContact(id, 'nb')) : undefined;
    if (!contact) {
      if (fileProblems.length) return html`${fileProblems}`;
      return html`${this.renderProblem(id ? text.notFound(id) : text.noContact, true)}`;
    }
    return html`${fileProblems}<article class="card" part="card" aria-labelledby="name">
      ${problem}
      ${renderContact(contact, { lang, now: toDate(this.now) ?? this.clock, headingLevel: level, compact: this.compact, headingId: 'name', textLang: this.contentLang('contacts') })}
      ${this.compact ? nothing : this.renderSourceFooter([contact.source.part])}
    </article>`;
  }
}
