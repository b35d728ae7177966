import { css } from 'lit';

export const conversationGuideStyles = css`
  .title {
    margin-top: 0;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin: 0.75rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
    padding: 0.25rem 0;
  }
  .details-body > :first-child > :first-child {
    margin-top: 0.5rem;
  }
  .callout {
    border-left: 4px solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin: 0.75rem 0;
  }
  .callout p {
    margin: 0.25rem 0;
  }
  .contacts {
    padding-left: 1.25rem;
  }
  .contacts li {
    margin: 0.25rem 0;
  }
  .filter {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0.75rem 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .hint {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.25rem 1rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.25rem 0;
    cursor: pointer;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .show-all {
    margin-top: 0.5rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  .show-all:hover {
    background: var(--_surface-raised);
  }
  .status {
    font-weight: 600;
  }
  .questions {
    padding-left: 0;
    list-style-position: inside;
    display: grid;
    gap: 0.75rem;
  }
  .question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .question::marker {
    font-weight: 600;
  }
  .question-text {
    display: inline;
  }
  .question p {
    margin: 0.25rem 0;
  }
  .label,
  .topics {
    font-size: 0.875em;
  }
  .follow-ups {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  .say {
    margin: 0.25rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--_border);
  }
  @media (forced-colors: active) {
    .callout,
    .question,
    .filter,
    details {
      border-color: CanvasText;
    }
    .show-all {
      border-color: ButtonText;
    }
  }
  @media print {
    .filter,
    .status,
    .show-all,
    details:not([open]) {
      display: none;
    }
    .question {
      break-inside: avoid;
      border-color: #000;
    }
    .callout {
      border-left-color: #000;
    }
  }
`;
