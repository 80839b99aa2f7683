import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-loip-progress', { min: 5 });
