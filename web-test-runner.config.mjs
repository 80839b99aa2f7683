// Element tests in the system Chromium and Firefox ESR (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { engines, selectedEngines } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './scripts/test-server.mjs';

// Chromium refuses to start as root without --no-sandbox; the rest keep it off this machine's closed network.
const chromiumArgs = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: engines.chromium.path, args: chromiumArgs } }),
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: engines.firefox.path, headless: true } }),
};

export default {
  files: ['packages/elements/src/**/*.test.ts', 'examples/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  browsers: selectedEngines().map((name) => launchers[name]()),
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: testServerMiddleware,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};
