// GOV.UK Frontend's JavaScript, imported from the npm package. GOV.UK's template marks the body as
// supported with an inline snippet; a module script runs only where that snippet's test passes, so
// this external file does the same without needing 'unsafe-inline', then starts the components.
import { initAll } from '../../node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported');
initAll();
