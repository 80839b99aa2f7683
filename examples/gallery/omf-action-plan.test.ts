import { describeGalleryPage } from './gallery-page.js';

describeGalleryPage('omf-action-plan', { min: 5 });
