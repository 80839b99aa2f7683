import { OmfLoipProgress } from '../loip-progress/loip-progress.js';

OmfLoipProgress.define('omf-loip-progress');

declare global {
  interface HTMLElementTagNameMap {
    'omf-loip-progress': OmfLoipProgress;
  }
}

export { OmfLoipProgress };
