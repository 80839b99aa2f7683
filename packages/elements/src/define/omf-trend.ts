import { OmfTrend } from '../trend/trend.js';

OmfTrend.define('omf-trend');

declare global {
  interface HTMLElementTagNameMap {
    'omf-trend': OmfTrend;
  }
}

export { OmfTrend };
