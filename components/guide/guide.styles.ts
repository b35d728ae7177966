import { css } from 'lit';

export const guideStyles = css`
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @media (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  /* The list of parts stays in view beside a long part instead of leaving an empty column. Only
     where the whole list fits the viewport: a scrolling nav would be one more tab stop. With eight
     parts the list is about 47rem tall; 56rem leaves room for a sticky quick exit above it. */
  @media (min-width: 48rem) and (min-height: 56rem) {
    nav {
      position: sticky;
      top: var(--mh-guide-nav-top, var(--mh-quick-exit-height, 0));
    }
  }
  nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  nav a {
    display: block;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border-left: 4px solid transparent;
    text-decoration: none;
    color: inherit;
    min-height: 44px;
  }
  nav a:hover {
    background: var(--_surface-raised);
    text-decoration: underline;
  }
  nav a[aria-current='true'] {
    border-left-color: var(--_accent);
    background: var(--_surface-raised);
    font-weight: 600;
  }
  .part-number {
    display: block;
    font-size: 0.875em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 1.5);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  /* Del 1's low threshold for assistance and protection: the sentence a worker must not miss. */
  .threshold {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
    padding: 0.25rem 1rem;
    margin: var(--_space) 0;
  }
  ol.letters {
    list-style: none;
    padding-left: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  /* Prerendered, before its script has run or with scripts off: only the first part is there, and
     the links to the others would do nothing. */
  :host(:not(:defined)) :is(nav, .pager) {
    display: none;
  }
  :host(:not(:defined)) .layout {
    display: block;
  }
  @media print {
    nav,
    .pager,
    mh-quick-exit {
      display: none;
    }
    .layout {
      display: block;
    }
  }
  @media (forced-colors: active) {
    nav a[aria-current='true'] {
      border-left-color: Highlight;
    }
  }
`;
