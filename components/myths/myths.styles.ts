import { css } from 'lit';

export const mythsStyles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .myths {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .item {
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .statement {
    margin: 0;
    font-weight: 600;
  }
  .label {
    display: inline-block;
    margin-right: 0.5em;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    border: 2px solid currentColor;
  }
  .label-myth {
    color: var(--_danger);
  }
  .label-fact {
    color: var(--_accent);
  }
  .fact {
    margin-top: 0.5em;
    padding-left: 0.75em;
    border-left: 4px solid var(--_accent);
  }
  .fact blockquote {
    margin: 0.25em 0 0;
  }
  .fact blockquote p,
  .fact blockquote ul {
    margin: 0 0 0.25em;
  }
  .fact-source {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
    padding: 0.25em 0;
  }
  summary .statement {
    display: inline;
  }
  .reveal-hint {
    display: block;
    margin-top: 0.25em;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 400;
  }
  details[open] .reveal-hint {
    display: none;
  }
  @media print {
    .item {
      break-inside: avoid;
      background: none;
    }
    .reveal-hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .label,
    .item {
      border-color: CanvasText;
    }
    .fact {
      border-left-color: CanvasText;
    }
    .reveal-hint {
      color: LinkText;
    }
  }
`;
