// Counts Content-Security-Policy violations and script errors from the first moment, and shows them on the page.
window.omfCspViolations = [];
window.omfErrors = [];
window.addEventListener('error', (event) => window.omfErrors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.omfErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => {
  window.omfCspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  const output = document.getElementById('csp-violations');
  if (output) output.textContent = String(window.omfCspViolations.length);
});
