// `npm test`: every check in order, then one closing line `N passed, N failed` over all suites.
// Each step runs even if an earlier one failed, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { missingBrowsers, selectedEngines } from './browsers.mjs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

/** A step with no test count of its own (typecheck, lint, build) counts as one test. */
function check(name, command, args) {
  if (run(name, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

function addCounts(file, name) {
  if (!existsSync(file)) {
    totals.failed += 1;
    failedSteps.push(`${name} (no results written)`);
    return;
  }
  const byRunner = JSON.parse(readFileSync(file, 'utf8'));
  for (const [runner, c] of Object.entries(byRunner)) {
    console.log(`${name} ${runner}: ${c.passed} passed, ${c.failed + (c.fileErrors ?? 0)} failed, ${c.skipped} skipped`);
    totals.passed += c.passed;
    totals.failed += c.failed + (c.fileErrors ?? 0);
    totals.skipped += c.skipped;
  }
}

/** Node 20's --test takes no globs: list the SDK, CLI and script tests ourselves. */
function nodeTestFiles() {
  return ['packages/sdk/test', 'packages/cli/test', 'scripts']
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
    .filter((f) => f.endsWith('.test.ts') && !f.includes('node_modules'))
    .sort();
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('build', 'node', ['scripts/build.mjs']);

// Host apps: the React and Vue examples have their own package.json and lockfile (not workspaces, so
// their installs stay out of the root lockfile). Install and build them (typecheck included) against the
// package just built, so their page tests find examples/react/dist and examples/vue/dist.
for (const app of ['react', 'vue']) {
  check(`host apps: ${app}`, 'sh', ['-c', `npm ci --prefix examples/${app} --no-audit --no-fund && npm run build --prefix examples/${app}`]);
}

const nodeOk = run('sdk and cli (node:test)', process.execPath, [
  '--conditions=source', '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-counting-reporter.mjs', `--test-reporter-destination=${resultsDir}/node.json`,
  ...nodeTestFiles(),
]);
addCounts(`${resultsDir}/node.json`, 'node');
if (!nodeOk && !failedSteps.includes('sdk and cli (node:test)')) failedSteps.push('sdk and cli (node:test)');

console.log(`\nBrowsers: ${selectedEngines().join(', ')}`);
run('elements (web-test-runner)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
addCounts(`${resultsDir}/browser.json`, 'browser');

if (failedSteps.length > 0) console.log(`\nFailed: ${[...new Set(failedSteps)].join('; ')}`);
// A step can fail without a failed test (a crash, a missing file): never report a clean total then.
if (failedSteps.length > 0 && totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
