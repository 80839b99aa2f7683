import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-trend', { min: 8 });
