import { OmfActionPlan } from '../action-plan/action-plan.js';

OmfActionPlan.define('omf-action-plan');

declare global {
  interface HTMLElementTagNameMap {
    'omf-action-plan': OmfActionPlan;
  }
}

export { OmfActionPlan };
