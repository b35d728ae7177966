import { css } from 'lit';

export const listStyles = css`
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
  .status {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .emergency,
    .contact {
      border-color: CanvasText;
    }
  }
  @media print {
    .search,
    .status {
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
