import { OmfData } from '../data/omf-data.js';

OmfData.define('omf-data');

declare global {
  interface HTMLElementTagNameMap {
    'omf-data': OmfData;
  }
}

export { OmfData };
