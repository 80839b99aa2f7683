import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-data', { min: 3 });
