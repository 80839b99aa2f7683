// The Scottish Government Design System's JavaScript, imported from the npm package: the page says it
// has JavaScript (an external file instead of an inline snippet) and the design system starts its components.
import DS from '../../node_modules/@scottish-government/design-system/dist/scripts/design-system.js';

document.documentElement.classList.add('js-enabled');
DS.initAll();
