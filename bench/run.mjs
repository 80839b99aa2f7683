// `npm run bench`: builds the production bundles, measures sizes, rendering in headless Chromium,
// memory and the SDK, prints the tables, writes bench/results.json and docs/performance.md, and
// exits 1 when a budget is broken. Options: --runs N (default 5), --no-build, --only cards (the cards
// against bare Lit alone, printed, nothing written). See docs/performance.md.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
