/**
 * `@omf/elements`: the element classes, without registering any tag. Import
 * `@omf/elements/omf-indicator.js` (and the like) to register one, or load `cdn/omf.js` for all.
 *
 * @packageDocumentation
 */
export { OmfElement, type ElementState } from './shared/omf-element.js';
export { OmfData } from './data/omf-data.js';
export { OmfIndicator } from './indicator/indicator.js';
export { OmfTrend } from './trend/trend.js';
export { OmfCompare } from './compare/compare.js';
export { OmfLoipProgress } from './loip-progress/loip-progress.js';
export { OmfActionPlan } from './action-plan/action-plan.js';
export { NoDataError } from './shared/errors.js';
export { defineElement } from './shared/define.js';
export { dataContext, type DataState } from './shared/data-context.js';
export type { OmfLoadDetail, OmfErrorDetail } from './shared/events.js';
