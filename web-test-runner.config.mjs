// Element tests in the system Chromium and Firefox ESR (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { engines, selectedEngines } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { testServerMiddleware } from './scripts/test-server.mjs';

// Chromium refuses to start as root without --no-sandbox; the rest keep it off this machine's closed network.
const chromiumArgs = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Observable Plot's one CommonJS dependency (interval-tree-1d, which requires binary-search-bounds):
// served as one ES module, bundled by esbuild, as rollup's commonjs plugin does for the CDN build.
const commonjsPackages = /\/node_modules\/interval-tree-1d\/interval-tree\.js$/;
const plotCommonjs = {
  name: 'omf-plot-commonjs',
  async serve(context) {
    if (!commonjsPackages.test(context.path)) return undefined;
    const result = await build({ entryPoints: [`.${context.path}`], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * `executeServerCommand('omf-emulate-media-features', [{ name, value }])` emulates CSS media features in
 * Chromium over CDP: forced colours, which WTR's emulateMedia offers only under Playwright and
 * puppeteer's emulateMediaFeatures refuses, and reduced motion. The list replaces the one before; [] ends
 * the emulation. The CDP session is kept open, as an override ends with the session that set it.
 * Answers false in a browser without CDP (Firefox).
 */
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'omf-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'omf-emulate-media-features') return undefined;
    try {
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    } catch {
      return false;
    }
  },
};

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: engines.chromium.path, args: chromiumArgs } }),
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: engines.firefox.path, headless: true } }),
};

export default {
  files: ['packages/elements/src/**/*.test.ts', 'examples/**/*.test.ts', '!examples/*/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  browsers: selectedEngines().map((name) => launchers[name]()),
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: testServerMiddleware,
  plugins: [
    plotCommonjs,
    mediaFeatures,
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};
