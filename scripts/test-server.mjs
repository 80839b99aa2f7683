// Test-only routes for the element tests: a slow response, and pages served with a strict CSP.
const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** The CSP a council needs for OMF Kit, as documented in docs/getting-started.md. */
export const STRICT_CSP = strictCsp;

export const testServerPlugins = [
  {
    name: 'omf-test-routes',
    async serve(context) {
      const slow = context.path.match(/^\/__omf\/slow\/(\d+)\/(.+)$/);
      if (slow) {
        await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
        context.redirect(`/${slow[2]}`);
      }
    },
    transform(context) {
      // Pages under a /csp/ folder get the strict header, as a council site with a tight policy would send.
      if (/\/csp\/[^/]*\.html$/.test(context.path)) {
        context.set('Content-Security-Policy', strictCsp);
      }
    },
  },
];
