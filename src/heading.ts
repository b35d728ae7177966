import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Valid `heading-level` values: a widget's top heading sits under the host's own h1. Widgets parse
 * the attribute with MhElement's parseHeadingLevel (in willUpdate), which reports a value outside 2–6.
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level below `level`, capped at 6 (HTML has no h7). */
export function subLevel(level: HeadingLevel, steps = 1): HeadingLevel {
  return Math.min(6, level + steps) as HeadingLevel;
}

/**
 * A real h2–h6 element. Static templates per level keep it CSP-safe and free of unsafeStatic.
 * `id` and `tabindex` let a widget move focus to a heading after navigation.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  options: { id?: string; part?: string; focusable?: boolean; className?: string } = {},
): TemplateResult {
  const { id = '', part = 'heading', focusable = false, className = '' } = options;
  const tabindex = focusable ? '-1' : undefined;
  switch (level) {
    case 2:
      return html`<h2 id=${ifDefined(id || undefined)} class=${ifDefined(className || undefined)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id || undefined)} class=${ifDefined(className || undefined)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id || undefined)} class=${ifDefined(className || undefined)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id || undefined)} class=${ifDefined(className || undefined)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id || undefined)} class=${ifDefined(className || undefined)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
