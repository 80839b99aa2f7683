import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  .heading {
    font-size: 1.1875em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  .area {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_secondary-text);
  }
  .value {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    margin: 0;
    color: var(--_text);
  }
  .period,
  .change,
  .comparison,
  .rank {
    margin: 0.25em 0;
  }
  .rank::first-letter {
    text-transform: uppercase;
  }
  .period {
    color: var(--_secondary-text);
  }
  .trend-improving .trend-word {
    color: var(--_better);
  }
  .trend-worsening .trend-word {
    color: var(--_worse);
  }
  .trend,
  .later-missing {
    margin: 0.25em 0;
  }
  .later-missing {
    color: var(--_secondary-text);
  }
  .sparkline {
    display: block;
    width: 120px;
    height: 32px;
    margin-top: 0.5em;
  }
  .sparkline path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .sparkline circle {
    fill: var(--_accent);
  }
  :host([variant='compact']) .value {
    font-size: 1.75em;
  }
  @container (max-width: 16rem) {
    .value {
      font-size: 2em;
    }
  }
  @media (forced-colors: active) {
    .sparkline path {
      stroke: CanvasText;
    }
    .sparkline circle {
      fill: CanvasText;
    }
    .trend-improving .trend-word,
    .trend-worsening .trend-word {
      color: CanvasText;
    }
  }
`;
