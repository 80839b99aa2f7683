import '../packages/elements/src/define/omf-trend.js';
import '../packages/elements/src/define/omf-compare.js';
