import { css } from 'lit';

export const reportingDutyStyles = css`
  .intro {
    margin-top: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: start;
    margin: 0.375em 0;
  }
  .option input {
    /* Large enough to hit (WCAG 2.5.8) and aligned with the first line of the label. */
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .option label {
    cursor: pointer;
  }
  .hint {
    grid-column: 2;
    font-size: 0.9em;
    color: var(--_muted);
  }
  button {
    justify-self: start;
    min-height: 2.75em;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
    background: var(--_surface-raised);
  }
  button.clear {
    min-height: 2.25em;
    padding: 0.2em 0.75em;
    margin-top: 0.25em;
    font-size: 0.9em;
    border-width: 1px;
  }
  .status:empty {
    margin: 0;
  }
  .status {
    font-weight: 700;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast, #fff);
  }
  button.primary:hover {
    background: var(--_accent);
    text-decoration: underline;
  }
  /* "Check your answers": one line with the answers, the change button beside it. */
  .answers {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .answers p {
    margin: 0;
    flex: 1 1 16em;
  }
  .answers-label {
    font-weight: 700;
  }
  .answers button.change {
    min-height: 2.25em;
    padding: 0.2em 0.75em;
  }
  /* The short answer (GOV.UK panel / warning text): a strong left bar, large text, few items. */
  /* A readable measure for the guide's prose at laptop widths. */
  .intro,
  .result :is(p, li),
  .advice :is(p, li) {
    max-width: 75ch;
  }
  .panel {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-left-width: 8px;
    border-radius: var(--_radius);
  }
  .panel > :first-child {
    margin-top: 0;
  }
  .panel-items {
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .panel-items li {
    margin: 0.5em 0;
    padding-left: 1.75em;
    position: relative;
    font-size: 1.1em;
    line-height: 1.45;
    max-width: 40em;
  }
  .panel-items li::before {
    content: '';
    position: absolute;
    left: 0.35em;
    top: 0.5em;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .panel-items li.urgent {
    font-weight: 700;
  }
  .panel-items li.urgent::before {
    content: '!';
    /* Decorative: the words say it (browsers without alt text for content keep the line above). */
    content: '!' / '';
    left: 0;
    top: 0.05em;
    width: 1.3em;
    height: 1.3em;
    line-height: 1.3em;
    text-align: center;
    font-size: 0.9em;
    color: #fff;
    background: var(--_danger);
  }
  .panel-note {
    margin-bottom: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .steps {
    padding-left: 1.5em;
  }
  button.toggle-steps {
    min-height: 2.25em;
    padding: 0.2em 0.75em;
  }
  .step-list {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .note {
    font-style: italic;
  }
  details.step {
    margin: 0.5em 0;
    padding: 0 0 0 calc(var(--_space) * 0.75);
    border: 0;
    border-left: 4px solid var(--_accent);
    border-radius: 0;
  }
  details.step > summary {
    padding: 0.25em 0;
  }
  details.step[open] > summary {
    border-bottom: 0;
  }
  /* The heading sits inside the summary: keep it inline with the disclosure marker. */
  details.step > summary > :is(h2, h3, h4, h5, h6) {
    display: inline;
    margin: 0;
    font-size: 1.1em;
  }
  .step-number {
    font-weight: 400;
  }
  .section {
    margin: calc(var(--_space) * 0.75) 0;
    padding-bottom: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
  }
  .section:last-child {
    border-bottom: 0;
  }
  .applies {
    font-weight: 700;
  }
  .quoted-heading {
    font-style: italic;
  }
  .callout {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 0.75);
    border-left: 6px solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .callout.acute {
    border-left-color: var(--_danger);
  }
  .callout > :first-child {
    margin-top: 0;
  }
  .callout > :last-child {
    margin-bottom: 0;
  }
  details {
    margin: 0.75em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75em;
  }
  summary {
    cursor: pointer;
    padding: 0.5em 0;
    font-weight: 700;
  }
  details[open] summary {
    border-bottom: 1px solid var(--_border);
  }
  .advice {
    margin-top: var(--_space);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .advice > :first-child {
    margin-top: 0;
  }
  a.mh-tel {
    font-weight: 700;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .panel,
    .panel-items li::before,
    .step,
    .callout,
    .callout.acute {
      border-left-color: CanvasText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    /* Paper keeps the answers (only the chosen ones, as plain lines) so the printed result says
       what situation it describes; unanswered questions, radios, hints and buttons go. */
    .status,
    .form-actions,
    fieldset:not(:has(input:checked)),
    .option:not(:has(input:checked)),
    .option input,
    .hint {
      display: none;
    }
    form,
    fieldset {
      display: block;
      padding: 0;
      border: 0;
      background: none;
    }
    fieldset {
      margin: 0 0 0.25em;
    }
    legend {
      padding: 0;
    }
    .option {
      display: block;
      margin: 0;
    }
    .callout,
    .advice {
      background: none;
    }
  }
`;
