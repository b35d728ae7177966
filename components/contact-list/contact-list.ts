import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
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
import type { CheckedHostContact, HostContactProblem, HostContacts } from '../../src/content/host-contacts.js';
import { hoursInWords, renderContact, type ContactLike } from '../../src/contact/view.js';
import { strings as contactStrings } from '../../src/contact/strings.js';
import { contactStyles } from '../../src/contact/styles.js';
import { listStyles } from './contact-list.styles.js';
import { strings } from './strings.js';
import { clip, toDate } from '../../src/attributes.js';
import { ContactsFileController, type ContactsFileState } from '../../src/contact/contacts-file.js';

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
const AUDIENCE_VALUES: Record<string, Audience> = { adult: 'adults', adults: 'adults', minor: 'minors', minors: 'minors' };

/** A contact as the list filters it: the guide's or a host's. */
type ListedContact = ContactLike & { category?: CategoryId; audience: readonly Audience[]; needs: readonly Need[] };

/** The attributes and host contacts, parsed in willUpdate when they change; render only reads them. */
interface Parsed {
  level: HeadingLevel;
  presetCategories: CategoryId[];
  audience?: Audience;
  presetNeeds: Need[];
  /** Valid local contacts, and the problems of the ones skipped (each warned once). */
  host: CheckedHostContact[];
  /** A `contacts` attribute (a framework's "[object Object]") with no contacts property. */
  contactsAttributeLost: boolean;
  /** The `contacts-src` file's contacts (checked once, when it loaded) without those the page gives too. */
  fileHost: CheckedHostContact[];
  /** Whether `ids` names contacts at all (some may still be loading). */
  idsRequested: boolean;
  hostProblems: HostEntryProblem[];
  /** The local contacts could not be checked: the checker's chunk did not load. */
  hostCheckMissing: boolean;
  ids: string[];
  /** Problems of heading-level, category, audience and need; of ids (shown after the local contacts' ones). */
  issues: AttributeIssue[];
  idsIssues: AttributeIssue[];
}

/** A skipped local contact, for its notice: `entry` is empty for a problem with the whole list. */
interface HostEntryProblem {
  entry: string;
  field: string;
}

/** Needs and categories a contact must match; an empty list does not filter. */
interface Filters {
  needs: readonly Need[];
  categories: readonly CategoryId[];
}

// The validator (with zod) loads only when a page supplies host contacts.
type HostContactsModule = typeof import('../../src/content/host-contacts.js');
let hostModule: HostContactsModule | undefined;
let hostModuleLoad: Promise<HostContactsModule | undefined> | undefined;
/** The checker's chunk failed to load (copied without its chunks): local contacts get a notice. */
let hostModuleFailed = false;

function loadHostModule(): Promise<HostContactsModule | undefined> {
  hostModuleLoad ??= import('../../src/content/host-contacts.js').then(
    (module) => (hostModule = module),
    (error: unknown) => {
      hostModuleFailed = true;
      console.warn('<mh-contact-list>: could not load the checker for local contacts; they are not shown. Copy the whole cdn/ folder (or dist/ with its chunks).', error);
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
 * an explicit selection by id, an optional search box with filters the visitor can change, and
 * the host's own local contacts. When the need includes `acute`, the emergency numbers come
 * first, and a number in that box is not repeated on a card below.
 *
 * @summary The guide's contact list (Del 8), filterable, with emergency numbers first when acute.
 *
 * @fires {CustomEvent<ContactCallDetail>} mh-contact-call - A phone link was activated. Detail: `{ id: string, number: string }`.
 *
 * @slot - A `<script type="application/json">` with local contacts (array, or `{ "contacts": [...] }`).
 *   Paragraph tags a rich-text editor put inside it (`</p><p>`, `<br />`) are taken out again.
 *
 * @csspart emergency - The emergency-numbers box.
 * @csspart search - The search field's wrapper; `search-input` the field itself.
 * @csspart filters - The visitor's filters (with `searchable`), a disclosure: `filters-summary` its summary, `filter-group` one fieldset, `filter` one choice.
 * @csspart status - The number of results (a polite live region).
 * @csspart show-all - The button that widens the filters when they hide matches of the search.
 * @csspart empty - The no-results message with buttons to clear filters and search (`clear`) and the emergency numbers.
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
 * @csspart file-loading - The line shown while the `contacts-src` file loads.
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
 * @cssprop --mh-badge-border - Border of the opening-hours badge (default: the border colour).
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

  /**
   * Show a search box and filters by need and category the visitor can change (`category` and
   * `need` are their initial choice). The search looks through every contact and says when the
   * filters hide matches.
   */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Level of the top headings, 2–6 (default 2); contacts get the next level. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = DEFAULT_HEADING_LEVEL;

  /**
   * Local contacts from a JSON file on this site (same shape as the JSON block), for a CMS that
   * strips `<script>`: a path ("/kontakter.json") or an https: address on the page's own origin;
   * another origin is refused. Listed after the property's and the JSON block's contacts, which
   * replace a file entry with the same id.
   */
  @property({ attribute: 'contacts-src' }) contactsSrc = '';

  /**
   * Local contacts from the host (`HostContact[]`, or `{ contacts: [...] }` like the JSON block);
   * validated at run time. A property only: a `contacts` attribute gets a notice.
   */
  @property({ attribute: false }) contacts: HostContacts | undefined = undefined;

  /** The clock for open/closed badges; defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  @state() private query = '';
  /** The visitor's filter choice; undefined while the host's attributes apply. */
  @state() private chosen?: Filters;
  @state() private filtersOpen = false;
  @state() private scriptData: string | null = null;
  /** Bumped when the checker for local contacts arrived (or failed), so they are parsed again. */
  @state() private hostChecker = 0;

  private parsed: Parsed = { level: DEFAULT_HEADING_LEVEL, presetCategories: [], presetNeeds: [], host: [], hostProblems: [], hostCheckMissing: false, contactsAttributeLost: false, fileHost: [], idsRequested: false, ids: [], issues: [], idsIssues: [] };
  /**
   * A `contacts` attribute. A framework that renders the list before its module is loaded (React
   * 19, Vue) sets an object property as an attribute, `contacts="[object Object]"`, and the data is
   * lost: say so instead of dropping the local contacts silently.
   */
  @state() private contactsAttribute: string | null = null;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'contacts'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'contacts') this.contactsAttribute = value;
  }

  private observer?: MutationObserver;
  private readonly onSlotChange = () => this.readScript();
  private ticker?: ReturnType<typeof setInterval>;
  private readonly contactsFile = new ContactsFileController(this, () => this.contactsSrc);

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScript();
    // Defined while the page is still being parsed: a block moved after the element comes later.
    if (this.ownerDocument.readyState === 'loading') this.ownerDocument.addEventListener('DOMContentLoaded', () => this.readScript(), { once: true });
    // The parser may add the JSON block after the element upgraded; read it when it arrives.
    this.observer = new MutationObserver(() => this.readScript());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    // A block handed down through a slot arrives (or changes) with the slot's assignment.
    this.addEventListener('slotchange', this.onSlotChange);
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.removeEventListener('slotchange', this.onSlotChange);
    clearInterval(this.ticker);
  }

  override resetState(): void {
    super.resetState();
    this.query = '';
    this.chosen = undefined;
    this.filtersOpen = false;
    const input = this.renderRoot?.querySelector?.<HTMLInputElement>('#search');
    if (input) input.value = '';
    // The toggle event of an open disclosure may still be on its way; close it here too.
    const filters = this.renderRoot?.querySelector?.<HTMLDetailsElement>('details.filters');
    if (filters) filters.open = false;
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]') ?? this.slottedScript() ?? this.strayScript();
    this.scriptData = script ? (script.textContent ?? '') : null;
  }

  /**
   * A JSON block handed down through a `<slot>` child: `<mh-guide>` gives the block inside it to
   * the list it shows in Del 8.
   */
  private slottedScript(): HTMLScriptElement | null {
    const slot = this.querySelector(':scope > slot');
    if (!(slot instanceof HTMLSlotElement)) return null;
    const script = slot.assignedElements({ flatten: true }).find((element) => element instanceof HTMLScriptElement && element.type === 'application/json' && !element.hasAttribute('data-mh-locale'));
    return script instanceof HTMLScriptElement ? script : null;
  }

  /**
   * The JSON block a rich-text editor moved out of the element. Classic WordPress content
   * (`wpautop`) turns a blank line between `<mh-contact-list>` and its block into `</p><p>`, and
   * the parser then closes the element before the block: the element ends its `<p>` with nothing
   * inside but line breaks, and the block opens the next `<p>`. Only that exact shape is read,
   * with one warning; anything else is not this element's.
   */
  private strayScript(): HTMLScriptElement | null {
    const isBreak = (element: Element) => element.localName === 'br';
    const paragraph = this.parentElement;
    if (paragraph?.localName !== 'p' || [...this.children].some((child) => !isBreak(child))) return null;
    // After the element, up to the end of its paragraph: only line breaks and white space.
    const after = [...paragraph.childNodes].slice([...paragraph.childNodes].indexOf(this) + 1);
    if (after.some((node) => (node instanceof Element ? !isBreak(node) : node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))) return null;
    const next = paragraph.nextElementSibling;
    const first = next?.localName === 'p' ? [...next.children].find((child) => !isBreak(child)) : undefined;
    if (!(first instanceof HTMLScriptElement) || first.type !== 'application/json' || first.hasAttribute('data-mh-locale')) return null;
    this.warnOnce(
      'host:stray-block',
      'the <script type="application/json"> block was found in the paragraph after the element, where a rich-text editor moved it (a blank line after <mh-contact-list> in classic WordPress content closes the element); it is used. Remove the blank line, or use contacts-src.',
    );
    return first;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['category', 'audience', 'need', 'ids', 'headingLevel', 'contacts', 'contactsAttribute', 'scriptData', 'contactsSrc'].some((key) => changed.has(key))) {
      this.resetWarnings();
    }
    // New presets from the host replace what the visitor chose.
    if (changed.has('category') || changed.has('need')) this.chosen = undefined;
    // Parsed only when an input changed: typing a search term re-renders, never re-validates.
    // The file's state is this update's (controllers' hostUpdate runs after willUpdate).
    this.contactsFile.sync();
    const fileChanged = this.contactsFile.state !== this.seenFileState;
    this.seenFileState = this.contactsFile.state;
    if (fileChanged || ['category', 'audience', 'need', 'ids', 'headingLevel', 'contacts', 'contactsAttribute', 'scriptData', 'hostChecker'].some((key) => changed.has(key))) this.parse(changed, fileChanged);
  }

  private seenFileState?: ContactsFileState;

  private parse(changed: PropertyValues, fileChanged: boolean): void {
    const parsed = this.parsed;
    const issues: AttributeIssue[] = [];
    const { level, issue } = this.parseHeadingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL);
    if (issue) issues.push(issue);
    const presetCategories = this.filterTokens<CategoryId>('category', this.category, CATEGORY_IDS, issues);
    const audiences = this.filterTokens<Audience>('audience', this.audience, ['adult', 'minor'], issues, (token) => (Object.hasOwn(AUDIENCE_VALUES, token) ? AUDIENCE_VALUES[token] : undefined));
    const presetNeeds = this.filterTokens<Need>('need', this.need, NEEDS, issues);
    const hostChanged = ['contacts', 'contactsAttribute', 'scriptData', 'hostChecker'].some((key) => changed.has(key));
    if (hostChanged) this.parseHostContacts(parsed);
    if (hostChanged || fileChanged) this.joinFileContacts(parsed);
    const idsIssues: AttributeIssue[] = [];
    const known = [...parsed.host, ...parsed.fileHost].map((contact) => contact.id).concat(CONTACT_IDS);
    // Until local contacts (checker or file) have arrived, an id in `ids` may be one of them: no notice yet.
    const ids = this.hostContactsPending ? tokens(this.ids).filter((id) => known.includes(id)) : this.filterTokens<string>('ids', this.ids, known, idsIssues);
    parsed.idsRequested = tokens(this.ids).length > 0;
    this.parsed = { ...parsed, level, presetCategories, audience: audiences.length === 1 ? audiences[0] : undefined, presetNeeds, ids, issues, idsIssues };
  }

  /** Valid tokens of a filter attribute; unknown ones produce a warning and a visible notice. */
  private filterTokens<T extends string>(attribute: string, value: string, valid: readonly string[], issues: AttributeIssue[], map?: (token: string) => T | undefined): T[] {
    const good: T[] = [];
    const bad: string[] = [];
    for (const token of tokens(value)) {
      const mapped = map ? map(token) : valid.includes(token) ? (token as T) : undefined;
      if (mapped) good.push(mapped);
      else bad.push(token);
    }
    if (bad.length) issues.push(this.noteAttributeProblem('unknown', attribute, bad.join(' '), valid));
    return good;
  }

  /** Whether the page supplies local contacts (property or JSON block). */
  private get hasHostInput(): boolean {
    return (this.contacts !== undefined && this.contacts !== null) || this.scriptData !== null;
  }

  /**
   * Resolves when the local contacts the page supplied are checked and shown (at once when there
   * are none), including a `contacts-src` file. The guide's contacts show immediately; local ones
   * join when their checker (and file) has loaded.
   */
  get hostContactsReady(): Promise<boolean> {
    const file = this.contactsFile.ready;
    if (!this.hasHostInput || hostModule) return file.then(() => this.updateComplete);
    return Promise.all([loadHostModule(), file]).then(() => this.updateComplete);
  }

  /** Whether local contacts are still on their way (checker or file), so an unknown id may yet arrive. */
  private get hostContactsPending(): boolean {
    return (this.hasHostInput && !hostModule && !hostModuleFailed) || this.contactsFile.state.status === 'loading';
  }

  /** Checks the local contacts (once per change of the property or the JSON block) into `parsed`. */
  private parseHostContacts(parsed: Parsed): void {
    parsed.host = [];
    parsed.hostProblems = [];
    parsed.hostCheckMissing = false;
    // Read from the element, not only the state the callback sets: a server render (@lit-labs/ssr)
    // sets attributes without calling this class's attributeChangedCallback, and hydration must
    // render the same notice the server did.
    const contactsAttribute = this.getAttribute('contacts') ?? this.contactsAttribute;
    parsed.contactsAttributeLost = contactsAttribute !== null && (this.contacts === undefined || this.contacts === null);
    if (parsed.contactsAttributeLost) {
      this.warnOnce(
        'contacts-attribute',
        `contacts="${clip(contactsAttribute ?? '')}" is an attribute, and local contacts are read from the contacts property only (an object set before the element was defined becomes the text "[object Object]"). Import 'menneskehandel-widgets' or 'menneskehandel-widgets/components/contact-list.js' before the list is rendered, or put the contacts in a <script type="application/json"> inside the list.`,
      );
    }
    if (!this.hasHostInput) return;
    if (!hostModule) {
      // Never drop the host's contacts without a word: a failed checker shows a notice.
      if (hostModuleFailed) parsed.hostCheckMissing = true;
      else void loadHostModule().then(() => (this.hostChecker += 1));
      return;
    }
    const { parseHostContacts, parseHostContactsBlock } = hostModule;
    const results: { source: string; problems: HostContactProblem[]; contacts: CheckedHostContact[] }[] = [];
    let reserved: string[] = [...CONTACT_IDS];
    if (this.contacts !== undefined && this.contacts !== null) {
      const result = parseHostContacts(this.contacts, reserved);
      results.push({ source: 'contacts property', ...result });
      reserved = reserved.concat(result.contacts.map((contact) => contact.id));
    }
    if (this.scriptData !== null) {
      const block = parseHostContactsBlock(this.scriptData, reserved);
      if (block.repaired) {
        // Classic WordPress content: a blank line in the block became </p><p>. Shown, and said once.
        this.warnOnce('host:repaired', 'the <script type="application/json"> block held <p>/<br> tags a rich-text editor added (a blank line in classic WordPress content becomes </p><p>); they were taken out. Remove blank lines from the block, or use contacts-src.');
      }
      results.push({ source: '<script type="application/json">', contacts: block.contacts, problems: block.problems });
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
        parsed.hostProblems.push({ entry, field: problem.field });
      }
    }
    parsed.host = results.flatMap((result) => result.contacts);
  }

  /**
   * The contacts of the `contacts-src` file, after the page's own (property, JSON block): an entry
   * whose id the page also gives is replaced by the page's, so a page can override one contact of
   * a site-wide file. A failed or refused load is reported like a bad JSON block.
   */
  private joinFileContacts(parsed: Parsed): void {
    const state = this.contactsFile.state;
    const reports = this.contactsFile.reports(contactStrings(this.language), clip);
    for (const report of reports) this.warnOnce(report.key, report.warning);
    const ownIds = new Set(parsed.host.map((contact) => contact.id));
    parsed.fileHost = state.status === 'loaded' ? state.result.contacts.filter((contact) => !ownIds.has(contact.id)) : [];
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

  private toggle<K extends keyof Filters>(current: Filters, key: K, value: Filters[K][number], on: boolean): void {
    const values = current[key] as readonly string[];
    const next = on ? [...values, value] : values.filter((candidate) => candidate !== value);
    this.chosen = { ...current, [key]: next };
  }

  /**
   * Widens the filters so every match of the search shows; focus stays in the search field.
   * With no result at all, the no-results message offers the same as «Fjern filtrene».
   */
  private showAll(): void {
    this.chosen = { needs: [], categories: [] };
    this.focusSearch();
  }

  private clearFilters(): void {
    this.chosen = { needs: [], categories: [] };
    this.focusSearch();
  }

  private clearSearch(): void {
    this.query = '';
    this.focusSearch();
  }

  /** The button that was pressed goes away with the state it changed; the search field keeps the place. */
  private focusSearch(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  /** The numbers of the emergency box for this audience, as shown there. */
  private emergencyEntries(audience: Audience | undefined, lang: Lang) {
    return getEmergencyNumbers(lang)
      .filter((entry) => !entry.minorsOnly || audience !== 'adults')
      .map((entry) => {
        const contact = getContact(entry.contact, lang);
        const phone = contact?.phones.find((candidate) => candidate.number === entry.number);
        return contact && phone ? { contact, phone } : undefined;
      })
      .filter((entry) => entry !== undefined);
  }

  private renderEmergency(level: HeadingLevel, audience: Audience | undefined, lang: Lang, lead?: string): TemplateResult {
    const text = strings(lang);
    const hoursText = contactStrings(lang);
    return html`<section class="emergency" part="emergency" aria-labelledby="emergency-heading">
      ${renderHeading(level, text.emergencyHeading, { id: 'emergency-heading', part: 'heading group-heading' })}
      ${lead ? html`<p class="emergency-lead">${lead}</p>` : nothing}
      <ul class="emergency-list">
        ${this.emergencyEntries(audience, lang).map(({ contact, phone }) => {
          // The card of a number shown here is left out below, so its opening hours come along.
          const hours = hoursInWords(phone.hours, hoursText);
          return html`<li class="phone" part="phone-item">
            ${renderPhoneLink({ digits: phone.number, whom: contactShortName(contact), lang, contactId: contact.id })}
            <span class="phone-label" part="phone-label" lang=${this.contentLang('contacts')}>${phone.label ?? contact.name}</span>
            ${hours ? html`<span class="hours" part="hours" lang=${phone.hours?.kind === 'text' ? this.contentLang('contacts') : nothing}>${hours}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderFileLoading(lang: Lang): TemplateResult {
    return html`<p class="file-loading" part="file-loading">${contactStrings(lang).fileLoading}</p>`;
  }

  private renderItems(contacts: readonly ListedContact[], level: HeadingLevel, lang: Lang, now: Date | undefined, isLocal: (contact: ListedContact) => boolean = () => false): TemplateResult {
    // The guide's contacts are nb text when this language has none; local ones are the host's own words.
    const guideLang = this.contentLang('contacts');
    return html`<ul class="contacts" role="list">
      ${contacts.map(
        (contact) => html`<li class="contact" part="item">${renderContact(contact, { lang, now, headingLevel: level, textLang: isLocal(contact) ? nothing : guideLang })}</li>`,
      )}
    </ul>`;
  }

  private renderFilters(filters: Filters, lang: Lang): TemplateResult {
    const text = strings(lang);
    const chip = <K extends keyof Filters>(key: K, value: Filters[K][number], label: string) =>
      html`<li>
        <label class="chip" part="filter">
          <input
            type="checkbox"
            name=${key}
            value=${value}
            .checked=${live((filters[key] as readonly string[]).includes(value))}
            @change=${(event: Event) => this.toggle(filters, key, value, (event.target as HTMLInputElement).checked)}
          />
          <span>${label}</span>
        </label>
      </li>`;
    const chosen = [...filters.needs.map((need) => text.needs[need]), ...filters.categories.map((category) => text.categories[category])];
    // Folded, so the search field and the results stay next to each other for keyboard and
    // small screens; the summary says what is chosen.
    return html`<details class="filters" part="filters" lang=${this.uiLang('contact-list')} ?open=${this.filtersOpen} @toggle=${this.onFiltersToggle}>
      <summary part="filters-summary">
        ${text.filtersLabel}<span class="chosen">${chosen.length ? `: ${chosen.join(', ')}` : ''}</span>
      </summary>
      <div class="filter-groups">
        <fieldset part="filter-group">
          <legend>${text.needLegend}</legend>
          <ul class="chips" role="list">
            ${NEEDS.map((need) => chip('needs', need, text.needs[need]))}
          </ul>
        </fieldset>
        <fieldset part="filter-group">
          <legend>${text.categoryLegend}</legend>
          <ul class="chips" role="list">
            ${CATEGORY_IDS.map((category) => chip('categories', category, text.categories[category]))}
          </ul>
        </fieldset>
      </div>
    </details>`;
  }

  private onFiltersToggle(event: Event): void {
    this.filtersOpen = (event.target as HTMLDetailsElement).open;
  }

  override render() {
    const lang = this.language;
    const text = strings(lang);
    const { level, presetCategories, audience, presetNeeds, ids } = this.parsed;
    const host = [...this.parsed.host, ...this.parsed.fileHost];
    const problems: TemplateResult[] = this.parsed.issues.map((issue) => this.renderAttributeIssue(issue));
    if (this.parsed.contactsAttributeLost) problems.push(this.renderProblem(text.contactsAttribute));
    if (this.parsed.hostCheckMissing) problems.push(this.renderProblem(text.hostCheckMissing));
    for (const { entry, field } of this.parsed.hostProblems) problems.push(this.renderProblem(entry ? text.badHostEntry(entry, field) : text.badHostData));
    // In the widget's current language: a lang change needs no new parse (the warnings stay once).
    for (const report of this.contactsFile.reports(contactStrings(this.language), clip)) problems.push(this.renderProblem(report.notice));
    for (const issue of this.parsed.idsIssues) problems.push(this.renderAttributeIssue(issue));
    const guide = getContacts(lang) as readonly ListedContact[];
    const all: ListedContact[] = [...host, ...guide];
    const pending = this.hostContactsPending;
    // Chosen contacts, some of them perhaps still loading: the selection, not the whole list.
    const idsMode = ids.length > 0 || (pending && this.parsed.idsRequested);
    const fileLoading = this.contactsFile.state.status === 'loading';
    // The visitor's choice applies only where the visitor has the controls to change it back.
    const visitorFilters = this.searchable && !idsMode;
    const filters: Filters = (visitorFilters && this.chosen) || { needs: presetNeeds, categories: presetCategories };
    const { needs, categories } = filters;
    const query = this.query.trim();

    const hostSet = new Set<ListedContact>(host);
    const isHost = (contact: ListedContact) => hostSet.has(contact);
    // The audience is the host's scope for the whole list; needs and categories are filters.
    const inAudience = (contact: ListedContact) => !audience || (isHost(contact) && !contact.audience.length) || contact.audience.includes(audience);
    const matchesFilters = (contact: ListedContact) =>
      (!categories.length || (isHost(contact) && !contact.category) || (contact.category !== undefined && categories.includes(contact.category))) &&
      (!needs.length || (isHost(contact) && !contact.needs.length) || contact.needs.some((need) => needs.includes(need)));

    const emergencyShown = !idsMode && needs.includes('acute');
    // A number in the emergency box is not repeated on a card: the card keeps its description
    // and addresses, and a card with nothing else to offer is left out.
    const emergencyNumbers = new Set(emergencyShown ? this.emergencyEntries(audience, lang).map((entry) => entry.phone.number) : []);
    const inEmergencyBox = (contact: ListedContact) => !isHost(contact) && contact.phones.some((phone) => emergencyNumbers.has(phone.number));
    const withoutRepeats = (contacts: readonly ListedContact[]) =>
      contacts.flatMap((contact) => {
        if (!inEmergencyBox(contact)) return [contact];
        const rest = { ...contact, phones: contact.phones.filter((phone) => !emergencyNumbers.has(phone.number)) };
        return rest.phones.length || rest.emails.length || rest.web.length ? [rest] : [];
      });

    const now = toDate(this.now) ?? this.clock;
    const itemLevel = subLevel(level);
    let body: TemplateResult;
    let count: number;
    let hidden = 0;
    if (idsMode) {
      const selected = ids
        .map((id) => all.find((contact) => contact.id === id))
        .filter((contact): contact is ListedContact => Boolean(contact))
        .filter((contact) => this.matchesQuery(contact, lang));
      count = selected.length;
      body = html`${selected.length ? this.renderItems(selected, level, lang, now, isHost) : nothing}${pending ? this.renderFileLoading(lang) : nothing}`;
    } else {
      const matches = all.filter((contact) => inAudience(contact) && this.matchesQuery(contact, lang));
      const listed = matches.filter(matchesFilters);
      // The search looks through every contact; say how many the filters hide.
      if (query) hidden = matches.length - listed.length;
      // A contact whose numbers stand in the emergency box counts: it is shown there.
      count = listed.length;
      const localContacts = withoutRepeats(listed.filter(isHost));
      const groups = getContactCategories(lang)
        .map((category) => ({ category, contacts: withoutRepeats(listed.filter((contact) => !isHost(contact) && contact.category === category.id)) }))
        .filter((group) => group.contacts.length);
      // While the file loads, its section holds its place (heading and a line), so the guide's
      // contacts below move once, by the cards' height, not by the whole section.
      body = html`${localContacts.length || fileLoading
        ? html`<section part="group" aria-labelledby="group-local" aria-busy=${fileLoading ? 'true' : nothing}>
            ${renderHeading(level, text.localHeading, { id: 'group-local', part: 'heading group-heading' })}
            ${localContacts.length ? this.renderItems(localContacts, itemLevel, lang, now, () => true) : nothing}
            ${fileLoading ? this.renderFileLoading(lang) : nothing}
          </section>`
        : nothing}
      ${groups.map(
        (group) => html`<section part="group" aria-labelledby=${`group-${group.category.id}`}>
          ${renderHeading(level, html`<span lang=${this.contentLang('contacts')}>${group.category.heading}</span>`, { id: `group-${group.category.id}`, part: 'heading group-heading' })}
          ${this.renderItems(group.contacts, itemLevel, lang, now)}
        </section>`,
      )}`;
    }

    const filtersChanged = visitorFilters && this.chosen !== undefined;
    const status = query ? text.hits(count) : filtersChanged ? text.shown(count) : '';
    // With chosen contacts all still loading, the loading line stands in for "no match".
    const showBody = count > 0 || (idsMode && pending);
    const filtersActive = needs.length > 0 || categories.length > 0;
    return html`${problems}
      ${emergencyShown ? this.renderEmergency(level, audience, lang) : nothing}
      ${this.searchable
        ? html`<div class="search" part="search">
            <label for="search">${text.searchLabel}</label>
            <input id="search" part="search-input" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
          </div>`
        : nothing}
      ${visitorFilters ? this.renderFilters(filters, lang) : nothing}
      <div class="status-row">
        <p class="status" part="status" role="status" aria-live="polite">${status}${hidden ? `. ${text.hiddenHits(hidden)}.` : ''}</p>
        ${hidden && count && visitorFilters
          ? html`<button type="button" class="show-all" part="show-all" @click=${this.showAll}>${text.showAll(count + hidden)}</button>`
          : nothing}
      </div>
      ${showBody
        ? body
        : html`<div class="empty" part="empty">
            <p>${query ? text.noMatchQuery(query) : text.noMatch}</p>
            ${visitorFilters && (filtersActive || query)
              ? html`<div class="actions">
                  ${filtersActive ? html`<button type="button" part="clear" @click=${this.clearFilters}>${text.clearFilters}</button>` : nothing}
                  ${query ? html`<button type="button" part="clear" @click=${this.clearSearch}>${text.clearSearch}</button>` : nothing}
                </div>`
              : nothing}
            ${emergencyShown ? nothing : this.renderEmergency(subLevel(level), audience, lang, text.needAcuteHelp)}
          </div>`}
      ${this.renderSourceFooter([8])}`;
  }
}
