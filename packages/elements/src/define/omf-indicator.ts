import { OmfIndicator } from '../indicator/indicator.js';

OmfIndicator.define('omf-indicator');

declare global {
  interface HTMLElementTagNameMap {
    'omf-indicator': OmfIndicator;
  }
}

export { OmfIndicator };
