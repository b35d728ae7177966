import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MhElement, type AttributeIssue } from '../../src/base-element.js';
import { getMeta } from '../../src/content/meta.js';
import { getLaw, purposesOf, type LawLetter } from '../../src/content/law.js';
import { getResponsibility } from '../../src/content/responsibility.js';
import { getIntro } from '../../src/content/intro.js';
import { renderProseBlock, renderProseSection } from '../../src/prose.js';
import { renderHeading, subLevel, type HeadingLevel } from '../../src/heading.js';
import { inPageHref } from '../../src/href.js';
import { renderingLikeServer } from '../../src/prerender.js';
import { guideStyles } from './guide.styles.js';
import { strings } from './strings.js';
import '../contact-list/define.js';
import '../conversation-guide/define.js';
import '../indicator-checklist/define.js';
import '../myths/define.js';
import '../quick-exit/define.js';
import { watchQuickExits } from '../quick-exit/quick-exit.js';
import type { HostContacts } from '../../src/content/host-contacts.js';
import '../reporting-duty/define.js';
import '../rights-list/define.js';

/** The parts of the guide this widget can show, Del 1 (Innledning) to Del 8. */
export const GUIDE_PARTS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type GuidePart = (typeof GUIDE_PARTS)[number];

/** Detail of `mh-guide-navigate`. */
export interface GuideNavigateDetail {
  part: GuidePart;
}

/**
 * The part a link opens: its written address is "#mh-del-N", or it resolves to this document's
 * URL with that hash. The resolved form is what the widgets render (see inPageHref), so a host's
 * `<base href>` cannot turn a part link into a link to another page.
 */
function partOfLink(link: HTMLAnchorElement): GuidePart | undefined {
  const written = /^#mh-del-(\d)$/.exec(link.getAttribute('href') ?? '');
  if (written) return Number(written[1]) as GuidePart;
  const withoutHash = (url: string) => url.split('#')[0];
  if (withoutHash(link.href) !== withoutHash(window.location.href)) return undefined;
  const resolved = /^#mh-del-(\d)$/.exec(new URL(link.href).hash);
  return resolved ? (Number(resolved[1]) as GuidePart) : undefined;
}

/**
 * The whole guide as one widget: navigation by part through the other widgets, deep links through
 * the URL hash (`#mh-del-4`), one language and one quick exit for all.
 *
 * @summary KOM's guide as one navigable widget.
 * @fires {CustomEvent<GuideNavigateDetail>} mh-guide-navigate - A part was opened. Detail: `{ part }`.
 * @slot - A `<script type="application/json">` with local contacts, for the contact list in Del 8 (as in `<mh-contact-list>`).
 * @csspart nav - The navigation between parts.
 * @csspart heading - Headings.
 * @csspart link - Navigation and pager links.
 * @csspart problem - The notice shown for invalid attribute values.
 * @csspart footer - The source footer.
 * @cssprop --mh-accent - Colour of the current part's marker and of links.
 * @cssprop --mh-surface-raised - Background of the current part in the navigation.
 * @cssprop --mh-border-color - Borders of expandable sections.
 * @cssprop --mh-radius - Corner radius.
 * @cssprop --mh-spacing - Base spacing.
 * @cssprop --mh-focus-color - Focus ring.
 * @cssprop --mh-guide-nav-top - Where the list of parts sticks on wide screens (default: below a sticky quick exit, `--mh-quick-exit-height`, else 0); set it to the height of the host's own sticky bar, e.g. 4.5rem.
 * @cssprop --mh-quick-exit-height - Set on the page by a sticky `<mh-quick-exit>` to its own height; the list of parts sticks below it. Hosts do not set it.
 */
export class MhGuide extends MhElement {
  static override styles = [...MhElement.styles, guideStyles];

  /** Space-separated parts to include (1–8), in the guide's order. Default: all. */
  @property() parts = '';

  /** Heading level of the widget's part headings (2–6). Widgets inside use the levels below. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** Where the quick exit goes (https: or a same-site path); see `<mh-quick-exit>`. */
  @property({ attribute: 'exit-href' }) exitHref = '';

  /** Leave out the quick exit (the guide already does when the page has a quick exit of its own). */
  @property({ type: Boolean, attribute: 'no-quick-exit' }) noQuickExit = false;

  /**
   * Local contacts from a JSON file on this site, for the contact list in Del 8: a path
   * ("/kontakter.json") or an https: address on the page's own origin (as in `<mh-contact-list>`).
   */
  @property({ attribute: 'contacts-src' }) contactsSrc = '';

  /**
   * Local contacts from the host for the contact list in Del 8 (`HostContact[]`, or
   * `{ contacts: [...] }`); a property only, checked by the list.
   */
  @property({ attribute: false }) contacts: HostContacts | undefined = undefined;

  /** Keep navigation out of the URL, for hosts whose router owns the hash. */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;

  @state() private current: GuidePart = GUIDE_PARTS[0];

  private focusAfterRender = false;

  /** Whether the page has a quick exit outside this guide (looked up in willUpdate). */
  private pageHasQuickExit = false;

  private stopWatchingQuickExits?: () => void;

  private readonly onHashChange = () => {
    const part = this.partFromHash();
    if (part !== undefined && part !== this.current) this.open(part, true);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('click', this.onClick);
    // A page bar added or removed later (a CMS's footer fallback, a single-page app) is seen too.
    this.stopWatchingQuickExits = watchQuickExits(() => {
      if (this.findPageQuickExit() !== this.pageHasQuickExit) this.requestUpdate();
    });
    const fromHash = this.partFromHash();
    if (fromHash !== undefined) this.current = fromHash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener('click', this.onClick);
    this.stopWatchingQuickExits?.();
  }

  override resetState(): void {
    super.resetState();
    this.current = this.firstPart;
  }

  /** The parts shown, from the `parts` attribute (invalid values are reported and ignored). */
  get includedParts(): GuidePart[] {
    const requested = this.parts.trim();
    if (!requested) return [...GUIDE_PARTS];
    const tokens = requested.split(/\s+/);
    const valid = GUIDE_PARTS.filter((part) => tokens.includes(String(part)));
    return valid.length ? valid : [...GUIDE_PARTS];
  }

  /** The first part shown: includedParts is never empty (no valid token means every part). */
  private get firstPart(): GuidePart {
    return this.includedParts[0] ?? GUIDE_PARTS[0];
  }

  private get invalidPartTokens(): string[] {
    const tokens = this.parts.trim() ? this.parts.trim().split(/\s+/) : [];
    return tokens.filter((token) => !GUIDE_PARTS.some((part) => String(part) === token));
  }

  private partFromHash(): GuidePart | undefined {
    if (this.noHash) return undefined;
    const match = /^#mh-del-(\d)$/.exec(window.location.hash);
    const part = match ? (Number(match[1]) as GuidePart) : undefined;
    return part !== undefined && this.includedParts.includes(part) ? part : undefined;
  }

  /** Opens `part`; `focus` moves focus to its heading, as a page change would. */
  open(part: GuidePart, focus = true): void {
    if (!this.includedParts.includes(part)) return;
    this.current = part;
    this.focusAfterRender = focus;
    this.dispatchEvent(new CustomEvent<GuideNavigateDetail>('mh-guide-navigate', { detail: { part }, bubbles: true, composed: true }));
  }

  /**
   * Every link to a part (navigation, pager, and the `#mh-del-N` links of the widgets inside)
   * opens it in place and REPLACES the URL's hash instead of adding a history entry: after a quick
   * exit, Back must not lead to the page or one of its parts (the exit replaces the one entry
   * left). Modified clicks (new tab, new window) are left to the browser.
   */
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    const part = link ? partOfLink(link) : undefined;
    if (part === undefined || !this.includedParts.includes(part)) return;
    event.preventDefault();
    if (!this.noHash) {
      const { pathname, search } = window.location;
      history.replaceState(history.state, '', `${pathname}${search}#mh-del-${part}`);
    }
    this.open(part, true);
  };

  /** `heading-level` and `parts`, parsed when they change (their notices render in the current language). */
  private level: HeadingLevel = 2;
  private headingIssue?: AttributeIssue;
  private partsIssue?: AttributeIssue;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) ({ level: this.level, issue: this.headingIssue } = this.parseHeadingLevel(this.headingLevel));
    if (changed.has('parts')) {
      const invalid = this.invalidPartTokens;
      // Only unknown parts: every part is shown (includedParts).
      const shownInstead = this.includedParts.length === GUIDE_PARTS.length ? GUIDE_PARTS.join(', ') : undefined;
      this.partsIssue = invalid.length ? this.noteAttributeProblem('unknown', 'parts', invalid.join(' '), GUIDE_PARTS, shownInstead) : undefined;
    }
    if (!this.includedParts.includes(this.current)) this.current = this.firstPart;
    this.pageHasQuickExit = this.findPageQuickExit();
  }

  /**
   * Whether the page has its own quick exit: one in the document (e.g. printed first in <body> by
   * a CMS), never one in a shadow root (this guide's own, or another guide's, which would make two
   * guides leave each other's out). Two buttons that do the same thing are one too many.
   */
  private findPageQuickExit(): boolean {
    return !isServer && [...document.querySelectorAll('mh-quick-exit')].some((exit) => !this.contains(exit));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('#part-heading');
      heading?.focus();
      heading?.scrollIntoView?.({ block: 'start' });
    }
  }

  protected override render(): TemplateResult {
    const t = strings(this.language);
    const meta = getMeta(this.language);
    const parts = this.includedParts;
    const partsProblem = this.partsIssue ? this.renderAttributeIssue(this.partsIssue) : nothing;
    const problem = this.headingIssue ? this.renderAttributeIssue(this.headingIssue) : nothing;
    // Prerendered, the server showed the first part; hydration must too, then the update after it opens the part in the URL's hash.
    const current = renderingLikeServer() ? this.firstPart : this.current;
    const index = parts.indexOf(current);
    const previous = index > 0 ? parts[index - 1] : undefined;
    const next = index < parts.length - 1 ? parts[index + 1] : undefined;
    const titleLang = this.contentLang('meta');
    const title = (part: number) => html`<span lang=${titleLang}>${meta.parts.find((entry) => entry.part === part)?.title ?? ''}</span>`;
    const href = (part: number) => inPageHref(`#mh-del-${part}`);

    return html`
      ${this.noQuickExit || (this.pageHasQuickExit && !renderingLikeServer()) ? nothing : html`<mh-quick-exit href=${this.exitHref || nothing}></mh-quick-exit>`}
      ${partsProblem} ${problem}
      <div class="layout">
        <nav part="nav" aria-label=${t.navLabel}>
          <ol>
            ${parts.map(
              (part) =>
                html`<li>
                  <a
                    part="link"
                    href=${href(part)}
                    aria-current=${part === current ? 'true' : 'false'}
                    ><span class="part-number">${t.part(part)}</span>${title(part)}</a
                  >
                </li>`,
            )}
          </ol>
        </nav>
        <section aria-labelledby="part-heading">
          ${renderHeading(this.level, html`${t.part(current)}: ${title(current)}`, { id: 'part-heading', focusable: true })}
          ${this.renderPart(current)}
          <div class="pager">
            ${previous
              ? html`<a part="link" href=${href(previous)} rel="prev"
                  >← ${t.previous}: ${title(previous)}</a
                >`
              : html`<span></span>`}
            ${next
              ? html`<a part="link" href=${href(next)} rel="next"
                  >${t.next}: ${title(next)} →</a
                >`
              : nothing}
          </div>
        </section>
      </div>
      ${this.renderSourceFooter([current])}
    `;
  }

  private renderPart(part: GuidePart): TemplateResult {
    const level = String(subLevel(this.level));
    // The widgets inside resolve these against the document URL themselves (inPageHref).
    const link = (target: GuidePart) => (this.includedParts.includes(target) ? `#mh-del-${target}` : nothing);
    switch (part) {
      case 1:
        return this.renderIntroduction(subLevel(this.level));
      case 2:
        return this.renderDefinitions(subLevel(this.level));
      case 3:
        return html`${getResponsibility(this.language).sections.map((section) => renderProseSection(section, subLevel(this.level), this.contentLang('responsibility')))}`;
      case 4:
        return html`<mh-indicator-checklist
          show-arenas
          heading-level=${level}
          duty-href=${link(6)}
          rights-href=${link(7)}
          contacts-href=${link(8)}
        ></mh-indicator-checklist>`;
      case 5:
        return html`<mh-conversation-guide heading-level=${level} rights-href=${link(7)}></mh-conversation-guide>`;
      case 6:
        return html`<mh-reporting-duty heading-level=${level}></mh-reporting-duty>`;
      case 7:
        return html`<mh-rights-list heading-level=${level}></mh-rights-list>`;
      case 8:
        // The guide's own JSON block reaches the list through the slot (read by the list).
        return html`<mh-contact-list searchable heading-level=${level} contacts-src=${this.contactsSrc || nothing} .contacts=${this.contacts}><slot></slot></mh-contact-list>`;
    }
  }

  /**
   * Del 1: who KOM is (and that it does not handle individual cases), what the guide is for, and
   * the low threshold for the right to assistance and protection, set apart because it decides
   * when a person is owed help.
   */
  private renderIntroduction(level: HeadingLevel): TemplateResult {
    return html`${getIntro(this.language).sections.map((section) =>
      section.id === 'low-threshold'
        ? html`<section class="prose threshold" data-id=${section.id} lang=${this.contentLang('intro')}>${section.blocks.map(renderProseBlock)}</section>`
        : renderProseSection(section, level, this.contentLang('intro')),
    )}`;
  }

  /** Del 2: the definition, the law and the concepts (long texts folded), the figures, then the myths. */
  private renderDefinitions(level: HeadingLevel): TemplateResult {
    const law = getLaw(this.language);
    const nb = this.contentLang('law');
    const letters = (items: readonly LawLetter[]) =>
      html`<ol class="letters">
        ${items.map((item) => html`<li>${item.letter}) ${item.text}</li>`)}
      </ol>`;
    return html`
      <section class="prose" data-id=${law.definition.id} lang=${nb}>
        ${law.definition.blocks.map((block) =>
          block.kind === 'purposes' ? html`<p>${block.text}</p>${letters(purposesOf(law, block))}` : renderProseBlock(block),
        )}
      </section>
      <section class="prose" data-id=${law.penalCode.id} lang=${nb}>
        ${renderHeading(level, law.penalCode.heading)}
        <p>${law.penalCode.text}</p>
        ${law.penalCode.statutes.map(
          (statute) =>
            html`<details>
              <summary>${statute.title}</summary>
              ${statute.ledd.map(
                (ledd) =>
                  html`<p>${ledd.text}</p>
                    ${ledd.items ? letters(ledd.items) : nothing} ${ledd.closing ? html`<p>${ledd.closing.text}</p>` : nothing}`,
              )}
            </details>`,
        )}
      </section>
      <section class="prose" data-id=${law.concepts.id} lang=${nb}>
        ${renderHeading(level, law.concepts.heading)}
        <p>${law.concepts.text}</p>
        ${law.concepts.sections.map(
          (section) =>
            html`<details data-id=${section.id}>
              <summary>${section.heading}</summary>
              ${section.blocks.map(renderProseBlock)}
            </details>`,
        )}
      </section>
      <section class="prose" data-id=${law.figures.id} lang=${nb}>
        ${renderHeading(level, law.figures.heading)} ${law.figures.blocks.map(renderProseBlock)}
        <p><strong>${law.figures.estimate.text}</strong></p>
        ${law.figures.notes.map(renderProseBlock)}
      </section>
      <mh-myths heading-level=${String(level)}></mh-myths>
    `;
  }
}
