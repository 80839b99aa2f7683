// Routes the gallery server and the element tests share: a slow response, and pages under a /csp/
// folder served with the strict Content-Security-Policy a council site might send.

/** The CSP a council needs for OMF Kit, as documented in docs/getting-started.md. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

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
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  },
];
