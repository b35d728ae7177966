import { css } from 'lit';

/**
 * Shared look: inherit the host's font and colour so a widget looks at home, expose `--mh-*`
 * custom properties for theming, and keep focus visible in every mode. Nothing uses
 * !important: a host's own rules must still be able to win where it chooses to style a ::part().
 */
export const baseStyles = css`
  :host {
    --_accent: var(--mh-accent, #1a5a96);
    --_accent-contrast: var(--mh-accent-contrast, #ffffff);
    --_surface: var(--mh-surface, transparent);
    --_surface-raised: var(--mh-surface-raised, rgba(127, 127, 127, 0.08));
    --_border: var(--mh-border-color, rgba(127, 127, 127, 0.55));
    --_radius: var(--mh-radius, 0.375rem);
    --_space: var(--mh-spacing, 1rem);
    --_focus: var(--mh-focus-color, #c8430c);
    --_danger: var(--mh-danger-color, #b3261e);
    --_muted: var(--mh-muted-color, currentColor);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font: inherit;
    color: inherit;
    line-height: 1.5;
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
  h6 {
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
`;
