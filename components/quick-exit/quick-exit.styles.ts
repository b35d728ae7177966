import { css } from 'lit';

export const quickExitStyles = css`
  :host([position='sticky-top']) {
    position: sticky;
    top: 0;
    z-index: var(--mh-quick-exit-z-index, 1000);
    padding: calc(var(--_space) * 0.5);
    background: var(--mh-quick-exit-bar-background, Canvas);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  :host([position='sticky-top']) .bar {
    justify-content: flex-end;
  }
  button,
  .exit-link {
    min-height: 44px;
    max-width: 100%;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--mh-quick-exit-background, var(--_danger-fill));
    color: var(--mh-quick-exit-color, #ffffff);
    font-weight: 700;
    box-shadow: 0 2px 0 rgba(0, 0, 0, 0.35);
  }
  /* The prerendered exit (a link until the script has loaded) looks like the button. */
  .exit-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
  }
  button:hover,
  .exit-link:hover {
    text-decoration: underline;
  }
  button:active,
  .exit-link:active {
    transform: translateY(2px);
    box-shadow: none;
  }
  .help {
    flex: 1 1 16em;
    margin: 0;
    font-size: 0.875em;
  }
  .mh-problem {
    flex-basis: 100%;
    margin: 0;
  }
  .help-toggle {
    display: none;
    flex: 1 1 100%;
    font-size: 0.875em;
  }
  .help-toggle summary {
    min-height: 24px;
    cursor: pointer;
  }
  .help-toggle .help {
    margin-top: 0.25em;
    font-size: 1em;
  }
  @media (max-width: 40em) {
    :host([position='sticky-top']) .help-inline {
      display: none;
    }
    :host([position='sticky-top']) .help-toggle {
      display: block;
    }
  }
  @media print {
    :host,
    :host([position='sticky-top']) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    button,
    .exit-link {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      box-shadow: none;
    }
  }
`;
