// The self-registering CDN module (cdn/omf.js): every element, defined once, whatever else the page loads.
import './define/omf-data.js';
import './define/omf-indicator.js';
import './define/omf-trend.js';
import './define/omf-compare.js';
import './define/omf-loip-progress.js';
import './define/omf-action-plan.js';
