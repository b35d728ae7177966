import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement } from '../../src/base-element.js';
import { baseStyles } from '../../src/styles/base.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import { renderPhoneLink } from '../../src/phone-link.js';
import type { Lang } from '../../src/locale.js';
import {
  CATEGORY_IDS,
  CONTACT_IDS,
  NEEDS,
  contactShortName,
  getContact,
  getContactCategories,
  getContacts,
  getEmergencyNumbers,
  type Audience,
  type CategoryId,
  type Need,
} from '../../src/content/contacts.js';
import type { HostContact, HostContactProblem } from '../../src/content/host-contacts.js';
import { renderContact, type ContactLike } from '../../src/contact/view.js';
import { contactStyles } from '../../src/contact/styles.js';
import { listStyles } from './contact-list.styles.js';
import { strings } from './strings.js';
import { toDate } from '../../src/attributes.js';

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
const AUDIENCE_VALUES: Record<string, Audience> = { adult: 'adults', adults: 'adults', minor: 'minors', minors: 'minors' };

/** A contact as the list filters it: the guide's or a host's. */
type ListedContact = ContactLike & { category?: CategoryId; audience: readonly Audience[]; needs: readonly Need[] };

// The validator (with zod) loads only when a page supplies host contacts.
type HostContactsModule = typeof import('../../src/content/host-contacts.js');
let hostModule: HostContactsModule | undefined;
let hostModuleLoad: Promise<HostContactsModule | undefined> | undefined;

function loadHostModule(): Promise<HostContactsModule | undefined> {
  hostModuleLoad ??= import('../../src/content/host-contacts.js').then(
    (module) => (hostModule = module),
    (error: unknown) => {
      console.warn('<mh-contact-list>: could not load the checker for local contacts; they are not shown. Copy the whole dist/ folder.', error);
      return undefined;
    },
  );
  return hostModuleLoad;
}

function tokens(value: string | null | undefined): string[] {
  return (value ?? '').trim().split(/[\s,]+/).filter(Boolean);
}

/**
 * Every contact of Del 8, grouped as in the guide, with filters for category, audience and need,
 * an explicit selection by id, an optional search box, and the host's own local contacts.
 * When the need includes `acute`, the emergency numbers come first.
 *
 * @summary The guide's contact list (Del 8), filterable, with emergency numbers first when acute.
 *
 * @fires mh-contact-call - A phone link was activated. Detail: `{ id: string, number: string }`.
 *
 * @slot - A `<script type="application/json">` with local contacts (array, or `{ "contacts": [...] }`).
 *
 * @csspart emergency - The emergency-numbers box.
 * @csspart search - The search field's wrapper; `search-input` the field itself.
 * @csspart status - The number of search results (a polite live region).
 * @csspart group - One category section.
 * @csspart group-heading - A category heading (also `heading`).
 * @csspart item - One contact.
 * @csspart heading - Headings (a contact's name also has `name`).
 * @csspart description - What a contact helps with.
 * @csspart phones - A contact's phone numbers; `phone-item` one number.
 * @csspart link - Every link (also `phone`, `email` or `web`).
 * @csspart phone-label - What the line is.
 * @csspart hours - Opening hours and badge; `badge` (also `badge-open`, `badge-closed`, `badge-always`).
 * @csspart links - E-mail and web addresses.
 * @csspart problem - Messages about bad input.
 * @csspart footer - The source footer.
 *
 * @cssprop --mh-accent - Link colour.
 * @cssprop --mh-border-color - Borders.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Spacing.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-danger-color - Border of problem messages.
 * @cssprop --mh-emergency-color - Border of the emergency box (default: the danger colour).
 * @cssprop --mh-card-background - Background of each contact.
 * @cssprop --mh-phone-font-size - Size of the phone numbers (default 1.5em).
 * @cssprop --mh-badge-open-color - Border of the "open" badge.
 */
export class MhContactList extends MhElement {
  static override styles = [baseStyles, contactStyles, listStyles];

  /** Categories to show, space-separated: `public organisation web international`. */
  @property() category = '';

  /** Whom the help is for: `adult` or `minor`. */
  @property() audience = '';

  /** Needs, space-separated: `acute housing legal health work return advice`. `acute` puts emergency numbers first. */
  @property() need = '';

  /** Explicit contact ids, space-separated, shown in that order (overrides category/audience/need filtering). */
  @property() ids = '';

  /** Show a search box that filters by name and need. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Level of the top headings, 2–6 (default 2); contacts get the next level. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = DEFAULT_HEADING_LEVEL;

  /** Local contacts from the host (same shape as the JSON block); validated at run time. */
  @property({ attribute: false }) contacts: unknown = undefined;

  /** The clock for open/closed badges; defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  @state() private query = '';
  @state() private scriptData: string | null = null;

  private observer?: MutationObserver;
  private ticker?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScript();
    // The parser may add the JSON block after the element upgraded; read it when it arrives.
    this.observer = new MutationObserver(() => this.readScript());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    clearInterval(this.ticker);
  }

  override resetState(): void {
    super.resetState();
    this.query = '';
    const input = this.renderRoot?.querySelector?.('input');
    if (input) input.value = '';
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.scriptData = script ? (script.textContent ?? '') : null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['category', 'audience', 'need', 'ids', 'headingLevel', 'contacts', 'scriptData'].some((key) => changed.has(key))) {
      this.resetWarnings();
    }
  }

  /** Valid tokens of a filter attribute; unknown ones produce a warning and a visible notice. */
  private filterTokens<T extends string>(attribute: string, value: string, valid: readonly string[], problems: TemplateResult[], map?: (token: string) => T | undefined): T[] {
    const good: T[] = [];
    const bad: string[] = [];
    for (const token of tokens(value)) {
      const mapped = map ? map(token) : valid.includes(token) ? (token as T) : undefined;
      if (mapped) good.push(mapped);
      else bad.push(token);
    }
    if (bad.length) problems.push(this.attributeProblem('unknown', attribute, bad.join(' '), valid));
    return good;
  }

  /** Whether the page supplies local contacts (property or JSON block). */
  private get hasHostInput(): boolean {
    return (this.contacts !== undefined && this.contacts !== null) || this.scriptData !== null;
  }

  /**
   * Resolves when the local contacts the page supplied are checked and shown (at once when there
   * are none). The guide's contacts show immediately; local ones join when their checker loads.
   */
  get hostContactsReady(): Promise<boolean> {
    if (!this.hasHostInput || hostModule) return this.updateComplete;
    return loadHostModule().then(() => this.updateComplete);
  }

  private hostContacts(problems: TemplateResult[]): HostContact[] {
    if (!this.hasHostInput) return [];
    if (!hostModule) {
      void loadHostModule().then((module) => module && this.requestUpdate());
      return [];
    }
    const { parseHostContacts, parseHostContactsJson } = hostModule;
    const text = strings(this.language);
    const results: { source: string; problems: HostContactProblem[]; contacts: HostContact[] }[] = [];
    let reserved: string[] = [...CONTACT_IDS];
    if (this.contacts !== undefined && this.contacts !== null) {
      const result = parseHostContacts(this.contacts, reserved);
      results.push({ source: 'contacts property', ...result });
      reserved = reserved.concat(result.contacts.map((contact) => contact.id));
    }
    if (this.scriptData !== null) {
      results.push({ source: '<script type="application/json">', ...parseHostContactsJson(this.scriptData, reserved) });
    }
    for (const result of results) {
      for (const problem of result.problems) {
        const entry = problem.index < 0 ? '' : `contacts[${problem.index}]${problem.id ? ` ("${problem.id}")` : ''}`;
        this.warnOnce(
          `host:${result.source}:${problem.index}:${problem.field}`,
          problem.index < 0
            ? `local contacts in the ${result.source}: ${problem.message}.`
            : `local contact ${entry} in the ${result.source} skipped: field "${problem.field}": ${problem.message}.`,
        );
        problems.push(this.renderProblem(problem.index < 0 ? text.badHostData : text.badHostEntry(entry, problem.field)));
      }
    }
    return results.flatMap((result) => result.contacts);
  }

  private matchesQuery(contact: ListedContact, lang: Lang): boolean {
    const query = this.query.trim().toLocaleLowerCase('nb');
    if (!query) return true;
    const needWords = contact.needs.flatMap((need) => [need, strings(lang).needs[need], strings('nb').needs[need]]);
    return [contact.name, contact.short ?? '', ...needWords].some((value) => value.toLocaleLowerCase('nb').includes(query));
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private renderEmergency(level: HeadingLevel, audience: Audience | undefined, lang: Lang): TemplateResult {
    const text = strings(lang);
    const entries = getEmergencyNumbers(lang).filter((entry) => !entry.minorsOnly || audience !== 'adults');
    return html`<section class="emergency" part="emergency" aria-labelledby="emergency-heading">
      ${renderHeading(level, text.emergencyHeading, { id: 'emergency-heading', part: 'heading group-heading' })}
      <ul class="emergency-list">
        ${entries.map((entry) => {
          const contact = getContact(entry.contact, lang);
          const phone = contact?.phones.find((candidate) => candidate.number === entry.number);
          if (!contact || !phone) return nothing;
          return html`<li class="phone" part="phone-item">
            ${renderPhoneLink({ digits: phone.number, whom: contactShortName(contact), lang, contactId: contact.id })}
            <span class="phone-label" part="phone-label">${phone.label ?? contact.name}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderItems(contacts: readonly ListedContact[], level: HeadingLevel, lang: Lang, now: Date): TemplateResult {
    return html`<ul class="contacts" role="list">
      ${contacts.map((contact) => html`<li class="contact" part="item">${renderContact(contact, { lang, now, headingLevel: level })}</li>`)}
    </ul>`;
  }

  override render() {
    const lang = this.language;
    const text = strings(lang);
    const problems: TemplateResult[] = [];
    const { level, problem } = this.checkHeadingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL);
    if (problem) problems.push(problem);
    const categories = this.filterTokens<CategoryId>('category', this.category, CATEGORY_IDS, problems);
    const audiences = this.filterTokens<Audience>('audience', this.audience, ['adult', 'minor'], problems, (token) => (Object.hasOwn(AUDIENCE_VALUES, token) ? AUDIENCE_VALUES[token] : undefined));
    const audience = audiences.length === 1 ? audiences[0] : undefined;
    const needs = this.filterTokens<Need>('need', this.need, NEEDS, problems);
    const host = this.hostContacts(problems);
    const guide = getContacts(lang) as readonly ListedContact[];
    const all: ListedContact[] = [...host, ...guide];
    const ids = this.filterTokens<string>('ids', this.ids, all.map((contact) => contact.id), problems);

    const matchesFilters = (contact: ListedContact, isHost: boolean) =>
      (!categories.length || (isHost && !contact.category) || (contact.category !== undefined && categories.includes(contact.category))) &&
      (!audience || (isHost && !contact.audience.length) || contact.audience.includes(audience)) &&
      (!needs.length || (isHost && !contact.needs.length) || contact.needs.some((need) => needs.includes(need)));

    const now = toDate(this.now) ?? new Date();
    const itemLevel = subLevel(level);
    let body: TemplateResult;
    let count: number;
    if (ids.length) {
      const selected = ids
        .map((id) => all.find((contact) => contact.id === id))
        .filter((contact): contact is ListedContact => Boolean(contact))
        .filter((contact) => this.matchesQuery(contact, lang));
      count = selected.length;
      body = selected.length ? this.renderItems(selected, level, lang, now) : html``;
    } else {
      const localContacts = host.filter((contact) => matchesFilters(contact, true) && this.matchesQuery(contact, lang));
      const groups = getContactCategories(lang)
        .filter((category) => !categories.length || categories.includes(category.id))
        .map((category) => ({
          category,
          contacts: guide.filter((contact) => contact.category === category.id && matchesFilters(contact, false) && this.matchesQuery(contact, lang)),
        }))
        .filter((group) => group.contacts.length);
      count = localContacts.length + groups.reduce((sum, group) => sum + group.contacts.length, 0);
      body = html`${localContacts.length
        ? html`<section part="group" aria-labelledby="group-local">
            ${renderHeading(level, text.localHeading, { id: 'group-local', part: 'heading group-heading' })}
            ${this.renderItems(localContacts, itemLevel, lang, now)}
          </section>`
        : nothing}
      ${groups.map(
        (group) => html`<section part="group" aria-labelledby=${`group-${group.category.id}`}>
          ${renderHeading(level, group.category.heading, { id: `group-${group.category.id}`, part: 'heading group-heading' })}
          ${this.renderItems(group.contacts, itemLevel, lang, now)}
        </section>`,
      )}`;
    }

    return html`${problems}
      ${needs.includes('acute') ? this.renderEmergency(level, audience, lang) : nothing}
      ${this.searchable
        ? html`<div class="search" part="search">
            <label for="search">${text.searchLabel}</label>
            <input id="search" part="search-input" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
          </div>`
        : nothing}
      <p class="status" part="status" role="status" aria-live="polite">${this.query.trim() ? text.hits(count) : ''}</p>
      ${count ? body : html`<p class="empty">${text.noMatch}</p>`} ${this.renderSourceFooter([8])}`;
  }
}
