/**
 * Server rendering: `import { renderWidget } from 'menneskehandel-widgets/ssr'` (Node ≥ 20).
 * Renders a widget to HTML with declarative shadow DOM through `@lit-labs/ssr`, so a page shows
 * the guide's text before (or without) any script; the script tag or the npm entry loaded after
 * it hydrates the markup (see README, "Without a script tag").
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { whenLocaleLoaded } from './src/i18n.js';
import { normalizeLang } from './src/locale.js';
import { BUILTIN_LANGUAGES, WIDGETS } from './src/widgets.js';
import { RENDERED_AT_ATTRIBUTE, withServerClock } from './src/prerender.js';
import './index.js';

/** What `renderWidget` renders besides the tag. */
export interface RenderWidgetOptions {
  /**
   * The widget's attributes: a string value is written as is (escaped), `true` as an empty
   * attribute, `false` (or null) leaves it out. A `lang` here wins over `options.lang`.
   */
  attributes?: Record<string, string | boolean>;
  /**
   * The language to render in: nb, nn, en or a tag that maps to one (nb-NO, en-GB). Default nb.
   * It is written on the element as `lang`, so the text is marked in its language for screen
   * readers and the client hydrates in the same language whatever the page's `<html lang>` says.
   */
  lang?: string;
  /**
   * The time the contact card's and contact list's "Åpen nå" / "Stengt nå" badges are computed
   * for. Without it those badges are left out of the HTML (they depend on the visitor's clock)
   * and appear once the script has hydrated the widget; "Døgnåpen" needs no clock and is always
   * rendered. Given (a page rendered per request), it is written on the element as
   * `data-mh-now`, so hydration renders the same badges before the visitor's clock takes over.
   */
  now?: Date;
}

/**
 * The tags renderWidget accepts: every widget of the registry (src/widgets.json), so a new
 * widget is rendered without a line here. `unsafeStatic` only ever gets a tag from that list,
 * never a host string; the attributes are set on the element by the renderer below, so no
 * markup is built from strings.
 */
export const WIDGET_TAGS: readonly string[] = WIDGETS.map((widget) => widget.tag);

/** One template per widget (Lit needs a static tag name, so each is made once and reused). */
const TEMPLATES = new Map<string, () => TemplateResult>(
  WIDGETS.map(({ tag }) => {
    const name = unsafeStatic(tag);
    return [tag, () => html`<${name}></${name}>`];
  }),
);

/** The languages renderWidget renders (and the static snippets are written in). */
export const RENDER_LANGS = BUILTIN_LANGUAGES;

/** Attribute names that can be written into markup as they are (no quotes, `=`, `>`, spaces). */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/i;

/** The requested attributes, taken by the first element the next render creates (the widget itself, not the parts of <mh-guide>). */
let requested: [name: string, value: string][] | undefined;

/** Lit's element renderer, which first sets the attributes renderWidget was given (the renderer escapes their values). */
class RequestedAttributesRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const attributes = requested;
    requested = undefined;
    for (const [name, value] of attributes ?? []) this.setAttribute(name, value);
  }
}

/**
 * The HTML of `<tag>` with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`), ready to put into a page. Resolves once the language's
 * text is loaded. Rejects (a TypeError) for a tag that is not one of this library's widgets or
 * an attribute name that is not a valid one; a bad attribute *value* renders the widget's visible
 * notice and logs its console warning, as in the browser.
 */
export async function renderWidget(tag: string, options: RenderWidgetOptions = {}): Promise<string> {
  const template = TEMPLATES.get(tag);
  if (!template) throw new TypeError(`renderWidget: "${String(tag)}" is not a widget of menneskehandel-widgets. Use one of: ${WIDGET_TAGS.join(', ')}.`);
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderWidget: "${name}" is not a valid attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    attributes.set(name.toLowerCase(), value === true ? '' : String(value));
  }
  const langTag = attributes.get('lang') || options.lang || 'nb';
  attributes.set('lang', langTag);
  if (options.now !== undefined) {
    if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) throw new TypeError('renderWidget: options.now is not a valid Date.');
    attributes.set(RENDERED_AT_ATTRIBUTE, options.now.toISOString());
  }
  await whenLocaleLoaded(normalizeLang(langTag));
  // Synchronous from here: the widgets render no promises, and the attributes and the clock
  // must apply to this render only.
  requested = [...attributes];
  try {
    const markup = withServerClock(options.now, () => collectResultSync(render(template(), { elementRenderers: [RequestedAttributesRenderer] })));
    // The markers around the element belong to the wrapping template, which nothing hydrates.
    return markup.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  } finally {
    requested = undefined;
  }
}
