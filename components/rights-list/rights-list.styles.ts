import { css } from 'lit';

export const rightsListStyles = css`
  p {
    margin: 0 0 0.75em;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    padding: calc(var(--_space) * 0.75);
    margin: var(--_space) 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .switch p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .button {
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  .button:hover {
    text-decoration: underline;
  }
  .lead {
    font-weight: 600;
  }
  ol.rights {
    padding-left: 1.75em;
    margin: 0 0 var(--_space);
  }
  li.right {
    padding: 0.5rem 0 0.75rem;
    border-bottom: 1px solid var(--_border);
  }
  .right-text {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .bodies-label {
    margin: 0;
    font-size: 0.9375em;
  }
  ul.bodies {
    margin: 0 0 0.5em;
    padding-left: 1.25em;
    font-size: 0.9375em;
  }
  .body-name {
    font-weight: 600;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  details[open] {
    background: var(--_surface-raised);
  }
  summary {
    cursor: pointer;
    padding: 0.5rem 0;
    font-weight: 600;
  }
  details > p:last-child,
  details > ul:last-child {
    margin-bottom: 0.5rem;
  }
  .footnote {
    font-size: 0.9375em;
  }
  .call {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .call h2,
  .call h3,
  .call h4,
  .call h5,
  .call h6 {
    margin-top: 0;
  }
  .call ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .call li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .call-number {
    font-size: 1.375em;
    font-weight: 700;
    white-space: nowrap;
    display: inline-block;
    min-height: 44px;
    padding: 0.25rem 0;
  }
  .person-list {
    padding-left: 1.25em;
  }
  .person-list > li {
    margin-bottom: 0.5em;
  }
  .mh-tel {
    white-space: nowrap;
  }
  .see-also {
    white-space: normal;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .call,
    .switch,
    details {
      border-color: CanvasText;
    }
  }
  @media print {
    /* The person version is a one-page A4 handout: compact type, no buttons, numbers as text. */
    :host {
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .button,
    .switch,
    .back {
      display: none;
    }
    .call {
      border-width: 1pt;
      padding: 6pt 8pt;
      margin: 6pt 0;
      break-inside: avoid;
    }
    .call-number {
      font-size: 13pt;
      min-height: 0;
      padding: 0;
      text-decoration: none;
    }
    .person-list > li {
      margin-bottom: 3pt;
      break-inside: avoid;
    }
    summary {
      min-height: 0;
      padding: 2pt 0;
    }
    .mh-footer {
      font-size: 8.5pt;
    }
  }
`;
