import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-compare', { min: 6 });
