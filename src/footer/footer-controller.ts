/**
 * The source footer of a widget and the page-wide rule behind it: each page region (a landmark,
 * else the document or shadow root) shows one full citation, in the first widget in document order
 * that shows a full footer; the widgets after it show one line. A widget's own `source-footer`
 * (`full` or `compact`) wins. The controller records which footer its host showed in each render
 * and, after a widget appeared, went or changed its footer, re-renders those whose footer is now
 * wrong. MhElement owns one; a widget shows its footer with MhElement's `renderSourceFooter`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getFooterMeta } from '../content/meta-footer.js';
import type { Lang } from '../locale.js';
import { strings as footerStrings } from './strings.js';

/** What the footer needs of its widget. */
export interface FooterHost extends ReactiveControllerHost, HTMLElement {
  /** The `source-footer` attribute: `full`, `compact`, or anything else for the page's order. */
  sourceFooter: string;
}

/** How a widget's source footer looks: the full citation, or one line naming the guide. */
export type FooterMode = 'full' | 'compact';

export const FOOTER_VALUES = ['auto', 'full', 'compact'] as const;

/** Widgets whose last render showed a source footer, to find the first one of each region. */
const footerWidgets = new Set<FooterHost>();
/** The footer each widget showed in its last render. */
const renderedFooter = new WeakMap<FooterHost, FooterMode>();
let footerCheckQueued = false;

/**
 * The page region a footer belongs to: the nearest landmark (main, aside, dialog, a named
 * section, an ARIA region), else the document or shadow root. Each region gets one full footer.
 */
const REGION_SELECTOR =
  'main, aside, dialog, section[aria-label], section[aria-labelledby], [role="main"], [role="complementary"], [role="region"], [role="dialog"]';

/** The valid `source-footer` value of a widget, if any. */
function footerChoice(element: FooterHost): FooterMode | undefined {
  return element.sourceFooter === 'full' || element.sourceFooter === 'compact' ? element.sourceFooter : undefined;
}

function footerRegion(element: Element): Node {
  return element.parentElement?.closest(REGION_SELECTOR) ?? element.getRootNode();
}

/**
 * The footer `element` shows: its `source-footer` value when set, else full for the first widget
 * of its region in document order that shows a full footer, and compact for those after it.
 */
function footerModeOf(element: FooterHost): FooterMode {
  // The widget's own choice wins (also on the server, where no other widget is known).
  const own = footerChoice(element);
  if (own) return own;
  const region = footerRegion(element);
  const members = [...footerWidgets, element]
    .filter((candidate, index, list) => list.indexOf(candidate) === index && candidate.isConnected && footerRegion(candidate) === region)
    .sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  let fullSeen = false;
  for (const member of members) {
    const chosen = footerChoice(member);
    const mode: FooterMode = chosen ?? (fullSeen ? 'compact' : 'full');
    if (member === element) return mode;
    if (mode === 'full') fullSeen = true;
  }
  return 'full';
}

/** After a widget appeared, went or changed its footer, re-render those whose footer is now wrong. */
function queueFooterCheck(): void {
  if (footerCheckQueued) return;
  footerCheckQueued = true;
  queueMicrotask(() => {
    footerCheckQueued = false;
    for (const element of footerWidgets) {
      if (element.isConnected && footerModeOf(element) !== renderedFooter.get(element)) element.requestUpdate();
    }
  });
}

/** What one footer shows. */
export interface FooterContent {
  lang: Lang;
  /** The guide's parts the widget shows (Del N). */
  parts: readonly number[];
  /** More lines inside the footer. */
  extra: TemplateResult | typeof nothing;
  /** A notice shown before the footer (a bad `source-footer` value). */
  problem: TemplateResult | typeof nothing;
  /** `lang` of the publisher's name: "nb" while it is shown in nb for another language. */
  citationLang: string | typeof nothing;
}

export class FooterController implements ReactiveController {
  private shownThisRender = false;
  private before?: FooterMode;
  /** The `source-footer` value of the last update: a change may change other widgets' footers. */
  private choiceBefore?: string;

  /** `hydrated`: the footer the prerendered markup showed, which hydration must render again. */
  constructor(
    private readonly host: FooterHost,
    private readonly hydrated: () => FooterMode | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.shownThisRender = false;
    this.before = renderedFooter.get(this.host);
  }

  hostUpdated(): void {
    const host = this.host;
    if (!this.shownThisRender) renderedFooter.delete(host);
    const had = footerWidgets.has(host);
    if (this.shownThisRender) footerWidgets.add(host);
    else footerWidgets.delete(host);
    const choiceChanged = host.sourceFooter !== this.choiceBefore;
    this.choiceBefore = host.sourceFooter;
    if (had !== footerWidgets.has(host) || this.before !== renderedFooter.get(host) || choiceChanged) queueFooterCheck();
  }

  hostDisconnected(): void {
    if (footerWidgets.delete(this.host)) queueFooterCheck();
  }

  /** The footer for this render: full or compact, as the page's order and `source-footer` say. */
  render({ lang, parts, extra, problem, citationLang }: FooterContent): TemplateResult {
    const meta = getFooterMeta(lang);
    const nbMeta = getFooterMeta('nb');
    const label = footerStrings(lang);
    const mode = this.hydrated() ?? footerModeOf(this.host);
    // "Unofficial translation" only over translated text: not when the language's content did not
    // load (its chunk failed, or a host language brought UI strings only) and nb's is shown.
    const translated = lang !== 'nb' && citationLang !== 'nb';
    this.shownThisRender = true;
    renderedFooter.set(this.host, mode);
    // A div, not <footer>: a footer outside sectioning content is a contentinfo landmark, and a page
    // with several widgets would then have several.
    if (mode === 'compact') {
      return html`${problem}<div class="mh-footer mh-footer--compact" part="footer">
        <p>
          ${label.source}: ${label.shortTitle} (${meta.edition})${parts.length ? html`, ${label.part(parts)}` : nothing} ·
          <a href=${nbMeta.url}>${meta.urlLabel}</a>${translated ? html` (${label.unofficialShort})` : nothing}
        </p>
        ${extra}
      </div>`;
    }
    const partText = parts.length ? ` ${label.part(parts)}.` : '';
    return html`${problem}<div class="mh-footer" part="footer">
      <p>
        ${label.source}: <cite lang="nb">${nbMeta.title}</cite> (<span lang=${citationLang}>${meta.publisher}, ${meta.publisherParent}</span>, ${label.edition}
        ${meta.edition}).${partText}
        <a href=${nbMeta.url}>${meta.urlLabel}</a>
      </p>
      ${translated ? html`<p>${label.unofficial}</p>` : nothing} ${extra}
    </div>`;
  }
}
