import { css } from 'lit';

/** The trend chart's own styles; the figure, marks and table come from the chart frame's styles. */
export default css`
  .chart {
    min-height: 280px;
  }
`;
