import { css } from 'lit';

export default css`
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .summary {
    margin: 0 0 1em;
  }
  .summary-line {
    font-size: 1.1875em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .filter {
    margin: 0 0 1em;
  }
  .filter label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    min-height: 2.5em;
    max-width: 100%;
    padding: 0.25em;
  }
  .theme {
    margin-top: 1.5em;
  }
  .theme-heading {
    font-size: 1.3125em;
    margin: 0 0 0.5em;
    padding-top: 0.5em;
    border-top: 2px solid var(--_border);
  }
  .outcome-heading {
    font-size: 1.1875em;
    margin: 1em 0 0.5em;
  }
  .locality {
    font-weight: 400;
    color: var(--_secondary-text);
  }
  .measures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .measure {
    border: 1px solid var(--_border);
    border-left-width: 5px;
    padding: 0.75em;
    min-width: 0;
  }
  .measure.status-achieved,
  .measure.status-on-track {
    border-left-color: var(--_good);
  }
  .measure.status-at-risk {
    border-left-color: var(--_warn);
  }
  .measure.status-off-track {
    border-left-color: var(--_bad);
  }
  .measure-heading {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  .status,
  .progress {
    margin: 0 0 0.5em;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  progress {
    appearance: none;
    flex: 1 1 6em;
    max-width: 12em;
    height: 0.75em;
    border: 1px solid var(--_text);
    background: var(--_background);
    color: var(--_accent);
  }
  progress::-webkit-progress-bar {
    background: var(--_background);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
    gap: 0.25em 1em;
    margin: 0;
  }
  .figures dt {
    color: var(--_secondary-text);
    font-size: 0.875em;
  }
  .figures dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .period {
    color: var(--_secondary-text);
  }
  @media (forced-colors: active) {
    .measure {
      border-left-color: CanvasText;
    }
    progress {
      border-color: CanvasText;
    }
  }
`;
