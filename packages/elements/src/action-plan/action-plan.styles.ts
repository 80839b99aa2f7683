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
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .status-bar {
    display: block;
    width: 100%;
    height: 0.75em;
    border: 1px solid var(--_text);
  }
  .segment {
    stroke: var(--_background);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .segment-on-track {
    fill: var(--_good);
  }
  .segment-complete {
    fill: var(--_done);
  }
  .segment-at-risk {
    fill: var(--_warn);
  }
  .segment-off-track {
    fill: var(--_bad);
  }
  .segment-not-started,
  .segment-cancelled {
    fill: var(--_quiet);
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
  }
  .overdue-count {
    font-weight: 700;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    align-items: end;
    gap: 0.75em 1.25em;
    margin: 0 0 0.5em;
  }
  .field {
    min-width: 0;
  }
  .field select {
    width: 100%;
  }
  .download {
    justify-self: start;
  }
  .field label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  select,
  .button {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    min-height: 2.5em;
    max-width: 100%;
    padding: 0.25em 0.5em;
  }
  .button {
    cursor: pointer;
    font-weight: 700;
  }
  .showing {
    margin: 0 0 0.5em;
  }
  .sort {
    font: inherit;
    font-weight: 700;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
    text-align: left;
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
  }
  .sort-arrow {
    font-size: 0.8em;
  }
  [aria-sort] .sort {
    color: var(--_text);
  }
  /* Below about 40em the table scrolls sideways in its focusable region rather than squeezing words letter by letter. */
  table {
    min-width: 40em;
    overflow-wrap: break-word;
  }
  .action-title {
    font-weight: 700;
  }
  th[scope='row'] {
    font-weight: 400;
    min-width: 14em;
  }
  .updates {
    margin-top: 0.35em;
  }
  .updates summary {
    color: var(--_link);
    cursor: pointer;
    min-height: 24px;
  }
  .updates ol {
    margin: 0.35em 0 0;
    padding-left: 1.25em;
  }
  .updates li {
    margin-bottom: 0.35em;
  }
  .update-date,
  .update-status {
    font-weight: 700;
  }
  .update-text {
    display: block;
  }
  .due,
  .status-cell {
    white-space: nowrap;
  }
  .timing {
    display: block;
    white-space: normal;
  }
  tr.overdue > th {
    box-shadow: inset 5px 0 0 var(--_bad);
    padding-left: 0.75em;
  }
  .timing-overdue {
    color: var(--_bad);
  }
  @media (forced-colors: active) {
    .segment {
      fill: CanvasText;
      stroke: Canvas;
    }
    tr.overdue > th {
      box-shadow: none;
      border-left: 5px solid CanvasText;
    }
    .timing-overdue {
      color: CanvasText;
    }
  }
`;
