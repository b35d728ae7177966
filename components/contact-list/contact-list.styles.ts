import { css } from 'lit';

export const listStyles = css`
  .file-loading {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-style: italic;
  }
  .contacts,
  .emergency-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .contact {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--mh-card-background, var(--_surface-raised));
  }
  .emergency {
    border: 2px solid var(--mh-emergency-color, var(--_danger));
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .emergency h2,
  .emergency h3,
  .emergency h4,
  .emergency h5,
  .emergency h6 {
    margin-top: 0;
  }
  .emergency-list {
    gap: 0.25em;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 var(--_space);
  }
  .search input {
    min-height: 44px;
    max-width: 30em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  .emergency-lead {
    margin: 0 0 0.5em;
  }
  /* Alarmtelefonen's opening hours, on a line of their own under the number. */
  .emergency .hours {
    flex-basis: 100%;
  }
  /* Filter chips: a native checkbox in a pill-shaped label, so the whole chip is the target and
     the checked state shows as a tick, not only as a colour. */
  .filters {
    margin: 0 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filters summary {
    display: list-item;
    /* 44 px tall with one line of text. */
    padding: 0.625em 0.75em;
    cursor: pointer;
    font-weight: 600;
  }
  .filters .chosen {
    font-weight: normal;
  }
  .filter-groups {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: 0 0.75em 0.75em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 600;
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.25em 0.875em 0.25em 0.625em;
    border: 2px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip input {
    width: 1.125em;
    height: 1.125em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-raised);
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chip input:focus-visible {
    outline: none;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0 0 0.5em;
  }
  .status {
    margin: 0;
  }
  .empty {
    margin: 0 0 var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .show-all,
  .empty button {
    min-height: 44px;
    padding: 0.25em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  .show-all:hover,
  .empty button:hover {
    background: var(--_surface-raised);
  }
  @media (forced-colors: active) {
    .emergency,
    .contact,
    .chip {
      border-color: CanvasText;
    }
    .chip:has(input:checked) {
      border-color: Highlight;
    }
    .show-all,
    .empty button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .search,
    .filters,
    .status-row,
    .actions {
      display: none;
    }
    .contact,
    .emergency {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }
  }
`;
