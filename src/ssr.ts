/**
 * Server rendering: `import { renderWidget } from 'menneskehandel-widgets/ssr'` (Node ≥ 20).
 * Renders a widget to HTML with declarative shadow DOM through `@lit-labs/ssr`, so a page shows
 * the guide's text before (or without) any script; the script tag or the npm entry loaded after
 * it hydrates the markup (see README, "Without a script tag").
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { whenLocaleLoaded } from './i18n.js';
import { normalizeLang, SUPPORTED_LANGS } from './locale.js';
import { RENDERED_AT_ATTRIBUTE, withServerClock } from './prerender.js';
import './index.js';

/** What `renderWidget` renders besides the tag. */
export interface RenderWidgetOptions {
  /**
   * The widget's attributes: a string value is written as is (escaped), `true` as an empty
   * attribute, `false` leaves it out. A `lang` here wins over `options.lang`.
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

const TAG = /^mh-[a-z]+(-[a-z]+)*$/;
/** Attribute names that can be written into markup as they are (no quotes, `=`, `>`, spaces). */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/i;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of `<tag>` with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`), ready to put into a page. Resolves once the language's
 * text is loaded. Rejects (a TypeError) for a tag that is not one of this library's widgets or
 * an attribute name that is not a valid one; a bad attribute *value* renders the widget's visible
 * notice, as in the browser.
 */
export async function renderWidget(tag: string, options: RenderWidgetOptions = {}): Promise<string> {
  if (!TAG.test(tag) || !customElements.get(tag)) {
    throw new TypeError(`renderWidget: "${tag}" is not a widget of menneskehandel-widgets (mh-contact-card, mh-guide, …).`);
  }
  const attributes: Record<string, string | boolean> = { ...options.attributes };
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderWidget: "${name}" is not a valid attribute name.`);
  }
  const langTag = typeof attributes.lang === 'string' && attributes.lang ? attributes.lang : (options.lang ?? 'nb');
  attributes.lang = langTag;
  if (options.now) {
    if (Number.isNaN(options.now.getTime())) throw new TypeError('renderWidget: options.now is not a valid date.');
    attributes[RENDERED_AT_ATTRIBUTE] = options.now.toISOString();
  }
  await whenLocaleLoaded(normalizeLang(langTag));
  const written = Object.entries(attributes)
    .map(([name, value]) => (value === false ? '' : value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  // The tag and names are checked above and the values escaped: the static part is safe markup.
  const template = staticHtml`${unsafeStatic(`<${tag}${written}></${tag}>`)}`;
  // Synchronous: the widgets render no promises, and the clock must apply to this render only.
  const markup = withServerClock(options.now, () => collectResultSync(render(template)));
  // The markers around the element belong to the wrapping template, which nothing hydrates.
  return markup.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/** The languages `renderWidget` renders (and the static snippets are written in). */
export const RENDER_LANGS = SUPPORTED_LANGS;
