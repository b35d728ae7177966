import { css } from 'lit';

export const indicatorChecklistStyles = css`
  .title {
    margin-top: 0;
  }
  /* A readable measure (at most about 75 characters a line) however wide the host makes us. */
  p,
  li,
  legend,
  summary,
  .item > span {
    max-inline-size: min(30em, 56ch);
  }
  .urgent {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .urgent > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: 1.15em;
  }
  .urgent ul,
  .urgent-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .urgent li,
  .urgent-list li {
    margin: 0.1em 0;
  }
  .urgent .mh-tel,
  .urgent-list .mh-tel {
    font-weight: 700;
    white-space: nowrap;
  }
  .caveat {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  fieldset {
    min-width: 0;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset fieldset {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: 0 0 0 calc(var(--_space) * 0.75);
    border: 0;
    border-inline-start: 3px solid var(--_border);
    border-radius: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  fieldset fieldset > legend {
    padding: 0 0 0.25em;
  }
  legend > h2,
  legend > h3,
  legend > h4,
  legend > h5,
  legend > h6 {
    margin: 0;
    font-size: 1.15em;
  }
  .description,
  .hint,
  .categories-intro {
    margin: 0.25em 0 0.4em;
  }
  fieldset.question {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.2em 0;
  }
  .item input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .item > label,
  .item > span {
    flex: 1;
    min-width: 0;
  }
  label {
    cursor: pointer;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
  }
  .checklist-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.5em var(--_space);
    margin: 0 0 0.5em;
  }
  .checklist-head .categories-intro {
    margin: 0;
  }
  /* Lighter than the form's buttons: it arranges the list, it does not act on the answers. */
  button.show-all {
    min-height: 2.25em;
    padding: 0.25em 0.9em;
  }
  details.category {
    margin: 0 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  details.category > summary {
    padding: 0.5em calc(var(--_space) * 0.75);
    cursor: pointer;
  }
  details.category > summary > .category-title {
    display: inline;
    margin: 0;
    font-size: 1.125em;
  }
  /* On the body, not the header: the header is held to the text measure, the line spans the box. */
  details.category[open] > fieldset.category-body {
    border-block-start: 1px solid var(--_border);
  }
  .ticked {
    display: block;
    margin-block-start: 0.25em;
    font-size: 0.9375em;
  }
  .ticked-label {
    font-weight: 600;
  }
  /* Each ticked indicator on one line: the header says which, the list below says it in full. */
  .ticked-item {
    display: block;
    overflow: hidden;
    padding-inline-start: 1em;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  fieldset.category-body {
    margin: 0;
    padding: 0.25em calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    border: 0;
    border-radius: 0;
  }
  .steps-disclosure > summary {
    padding: 0.35em 0;
    font-weight: 600;
    cursor: pointer;
  }
  .to-summary {
    margin: 0.75em 0 0;
    font-weight: 600;
  }
  .note {
    margin: 0.5em 0 0.25em;
    font-style: italic;
  }
  .arenas {
    margin: 0 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) * 0.75);
  }
  .arenas > summary {
    padding: 0.6em 0;
    font-weight: 600;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 var(--_space);
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .summary {
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .summary > h2:first-child,
  .summary > h3:first-child,
  .summary > h4:first-child,
  .summary > h5:first-child,
  .summary > h6:first-child {
    margin-top: 0;
  }
  .status {
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .caveat,
    fieldset,
    .summary,
    .arenas,
    .urgent,
    details.category {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    /* Paper shows the summary, the caveat and the date: no form, no buttons, nothing unticked. */
    .questions,
    .checklist,
    .urgent,
    .actions,
    .arenas,
    .status,
    .mh-problem {
      display: none;
    }
    .print-only {
      display: block;
    }
    .summary {
      border: 0;
      padding: 0;
      background: none;
    }
    .caveat {
      border: 1px solid currentColor;
      background: none;
    }
  }
`;
