import { css } from 'lit';

/**
 * Shared look: inherit the host's font and colour so a widget looks at home, expose `--mh-*`
 * custom properties for theming, and keep focus visible in every mode. Nothing uses
 * !important: a host's own rules must still be able to win where it chooses to style a ::part().
 *
 * Colours follow the host's `color-scheme` through light-dark(): a dark host (`color-scheme: dark`
 * on the page, a container or the widget, or `color-scheme="dark"` on the widget) gets the second
 * value, chosen for WCAG 2.2 AA on dark backgrounds (4.5:1 or more on #0b1f3a and darker). A host's
 * own `--mh-*` value is used as given, in both schemes. Every token is listed with its defaults in
 * src/styles/tokens.ts (the Theming page and the token test read that list).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--mh-accent, light-dark(#1a5a96, #9ccaff));
    --_accent-contrast: var(--mh-accent-contrast, light-dark(#ffffff, #0b1a2e));
    --_surface: var(--mh-surface, transparent);
    --_surface-raised: var(--mh-surface-raised, rgba(127, 127, 127, 0.08));
    --_border: var(--mh-border-color, rgba(127, 127, 127, 0.55));
    --_radius: var(--mh-radius, max(0.375rem, 6px));
    /* max(): a host's 'html { font-size: 62.5% }' must not squeeze the widgets' spacing. */
    --_space: var(--mh-spacing, max(1rem, 16px));
    --_focus: var(--mh-focus-color, light-dark(#c8430c, #ffb27a));
    --_danger: var(--mh-danger-color, light-dark(#b3261e, #ff9a8f));
    /* Fills with white text (the quick exit button) keep the strong red in both schemes. */
    --_danger-fill: var(--mh-danger-color, #b3261e);
    --_muted: var(--mh-muted-color, currentColor);
    --_line-height: var(--mh-line-height, 1.5);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font: inherit;
    color: inherit;
    line-height: var(--_line-height);
    /* A host container's 'text-align: center' would centre every line of body text. */
    text-align: start;
    overflow-wrap: anywhere;
    background: var(--_surface);
  }
  /* Long Norwegian compounds ("menneskehandelssituasjonen") break at a syllable with a hyphen
     where the browser can, instead of anywhere, on narrow screens and in indented text. Only for
     the languages the widgets ship: browsers look up a hyphenation dictionary for whatever lang
     applies, and a huge or garbage lang value made that take seconds (issue #21). */
  :host(:lang(nb)),
  :host(:lang(no)),
  :host(:lang(nn)),
  :host(:lang(en)) {
    -webkit-hyphens: auto;
    hyphens: auto;
    hyphenate-limit-chars: 10 4 4;
  }
  /* A host's '* { line-height: 1 }' matches the widget element itself and beats :host; the
     widget's own top-level elements take the readable line height back (headings below). */
  :host > * {
    line-height: var(--_line-height);
  }
  /* The whole widget in bokmål when its language file failed (MhElement): a box only for lang. */
  .nb-fallback {
    display: contents;
  }
  /* Force a scheme where the host page does not declare one (or declares the other). */
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  /* Browsers without light-dark() (before Chromium 123, Firefox 120, Safari 17.5) get the light
     defaults instead of an invalid value. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--mh-accent, #1a5a96);
      --_accent-contrast: var(--mh-accent-contrast, #ffffff);
      --_focus: var(--mh-focus-color, #c8430c);
      --_danger: var(--mh-danger-color, #b3261e);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    /* Link texts are often addresses (rosa-help.no, politiet.no/menneskehandel): a hyphen added
       at a line end would be copied or typed as part of the address. */
    hyphens: manual;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  :host > :is(h2, h3, h4, h5, h6),
  .nb-fallback > :is(h2, h3, h4, h5, h6) {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
  }
  /* The browser's h5/h6 are smaller than body text; a widget placed deep in a host's outline
     (heading-level 4+) would show its section headings below its own bold lead lines. */
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }
  /* A phone number split over two lines is easy to misdial. */
  a[href^='tel:'],
  .nowrap {
    white-space: nowrap;
  }
  /* The guide's quotations (src/prose.ts): the browser's 40 px margins on both <figure> and
     <blockquote> left a 128 px column at 320 px. */
  figure {
    margin: 1em 0;
  }
  figure > blockquote {
    margin: 0;
    padding-left: 0.75em;
    border-left: 4px solid var(--_border);
  }
  figcaption {
    margin-top: 0.25em;
    padding-left: calc(0.75em + 4px);
    font-size: 0.875em;
  }
  /* Readable line length on wide host columns. */
  p {
    max-width: var(--mh-measure, 75ch);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .mh-problem {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  .mh-footer {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .mh-footer p {
    margin: 0.25em 0;
  }
  /* A later widget of the same page region: the guide named on one line, without the rule. */
  .mh-footer--compact {
    margin-top: calc(var(--_space) * 0.75);
    padding-top: 0;
    border-top: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none;
      transition: none;
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .mh-problem {
      border-color: CanvasText;
    }
  }
  @media print {
    a {
      color: inherit;
    }
    /* On paper a closed disclosure (law text, "Les mer", a myth's fact) would be lost: print its
       content where the browser allows it (::details-content: Chromium 131+, Safari 18.4+,
       Firefox 143+; older browsers print it closed). */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    .mh-no-print {
      display: none;
    }
  }
  /* Prerendered markup (renderWidget, dist/html/) before its script has run, or with scripts off:
     the controls that need script are hidden, never shown dead. Text, links and tel: numbers stay. */
  :host(:not(:defined)) :is(button, input, select, textarea) {
    display: none;
  }
`;
