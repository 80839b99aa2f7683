// Loaded first, as a classic script, by every gallery and host page. Records what a reader should never
// meet, from the first moment: script errors, unhandled rejections, console errors, failed requests and
// Content-Security-Policy violations. The page tests read `window.omfMonitor`; a page may show the CSP
// count in an <output id="csp-violations">.
(() => {
  const monitor = { errors: [], consoleErrors: [], failedRequests: [], violations: [] };
  window.omfMonitor = monitor;

  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };

  // Capture phase: a <link>, <script> or <img> that failed to load fires an error that does not bubble.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target.nodeType === Node.ELEMENT_NODE) {
        monitor.failedRequests.push(`${target.localName} ${target.src || target.href || ''}`);
        return;
      }
      monitor.errors.push(`${event.message} (${event.filename}:${event.lineno})`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    monitor.errors.push(`Unhandled rejection: ${describe(event.reason)}`);
  });

  const consoleError = console.error;
  console.error = (...args) => {
    monitor.consoleErrors.push(args.map(describe).join(' '));
    consoleError.apply(console, args);
  };

  document.addEventListener('securitypolicyviolation', (event) => {
    monitor.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    const output = document.getElementById('csp-violations');
    if (output) output.textContent = String(monitor.violations.length);
  });

  // Requests answered with an error status (fetch included), where the browser reports the status.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.responseStatus >= 400) monitor.failedRequests.push(`${entry.responseStatus} ${entry.name}`);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // No resource observer: the error events above still count failed elements.
  }
})();
