import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-indicator', { min: 10 });
