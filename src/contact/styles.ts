import { css } from 'lit';

/** Styles of one contact (shared by the card and the list). */
export const contactStyles = css`
  .name {
    margin-top: 0;
  }
  .description {
    margin: 0 0 0.75em;
  }
  /* A caveat the caller must see before writing (KOM does not handle individual cases). */
  .note {
    margin: 0 0 0.75em;
    padding: 0.25em 0 0.25em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .places {
    margin: 0 0 0.75em;
  }
  .places-label {
    font-weight: 600;
  }
  .more {
    margin: 0 0 0.75em;
  }
  .more > summary {
    cursor: pointer;
    min-height: 24px;
    padding: 0.25em 0;
    font-weight: 600;
  }
  .more-body > :first-child {
    margin-top: 0.25em;
  }
  .more-body p,
  .more-body ul {
    margin: 0 0 0.5em;
  }
  .more-body ul {
    padding-inline-start: 1.25em;
  }
  .phones,
  .links {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .phone {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0 0 0.5em;
  }
  .mh-tel {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    font-size: var(--mh-phone-font-size, 1.5em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* Natural widths: the label and the open/closed badge follow the number instead of sharing
     the row in equal columns (which wrapped a short label and left the badge mid-card). */
  .phone-label,
  .hours {
    flex: 0 1 auto;
  }
  .hours {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 2px solid var(--mh-badge-border, var(--_border));
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge--open,
  .badge--always {
    border-color: var(--mh-badge-open-color, light-dark(#2b7a3d, #6fd08c));
  }
  .badge--closed {
    border-style: dashed;
  }
  .links li {
    margin: 0 0 0.25em;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    .badge {
      display: none;
    }
    .mh-tel {
      font-size: 1.2em;
      text-decoration: none;
    }
  }
`;
