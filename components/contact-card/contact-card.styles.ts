import { css } from 'lit';

export const cardStyles = css`
  .loading {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--mh-card-background, var(--_surface-raised));
  }
  :host([compact]) .card {
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  @media print {
    .card {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }
  }
`;
