import { OmfCompare } from '../compare/compare.js';

OmfCompare.define('omf-compare');

declare global {
  interface HTMLElementTagNameMap {
    'omf-compare': OmfCompare;
  }
}

export { OmfCompare };
