import { css } from 'lit';

/** The compare chart's own styles; the figure, marks and table come from the chart frame's styles. */
export default css`
  .chart {
    min-height: 10em;
  }
`;
