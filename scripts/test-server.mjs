// Routes the gallery server and the element tests share: a slow response, and pages under a /csp/ folder
// (and the gallery pages) served with the strict Content-Security-Policy a council site might send.

/** The CSP a council needs for OMF Kit, as documented in docs/getting-started.md. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/**
 * Trusted Types on top, for the examples/csp/ host page: only Lit's `lit-html` policy may make HTML.
 * 'allow-duplicates' because every copy of Lit creates that policy, and the page loads OMF Kit twice.
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

/** Koa middleware for @web/dev-server and @web/test-runner. */
export const testServerMiddleware = [
  async function slowResponses(context, next) {
    const slow = context.path.match(/^\/__omf\/slow\/(\d+)\/(.+)$/);
    if (!slow) return next();
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    context.redirect(`/${slow[2]}`);
    return undefined;
  },
  async function strictCspPages(context, next) {
    await next();
    if (/\/csp\/[^/]*(\.html)?$/.test(context.path) || context.path.endsWith('/csp/')) {
      context.set('Content-Security-Policy', context.path.startsWith('/examples/csp/') ? TRUSTED_TYPES_CSP : STRICT_CSP);
    } else if (/^\/examples\/(gallery\/[^/]*\.html|index\.html|)$/.test(context.path)) {
      // The gallery itself needs no inline script or style either.
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  },
];
