// One rollup config for every package (run through `npm run build`, after tsc has written the .d.ts files):
// - @omf/sdk, @omf/elements, @omf/cli: unbundled ESM that keeps bare imports for bundlers;
// - @omf/elements CDN module cdn/omf.js: self-registering, everything bundled, Lit's production
//   build, with Observable Plot in a chunk that is only imported when a chart is on the page.
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const defineFiles = readdirSync('packages/elements/src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `packages/elements/src/define/${f}`);

/** Unbundled ESM of one package: one output file per source module. */
const unbundled = (pkg, input) => ({
  input,
  external: isBare,
  plugins: [json(), ts()],
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
    entryFileNames: '[name].js',
  },
});

export default [
  unbundled('sdk', 'packages/sdk/src/index.ts'),
  // The chart builders and their options are entries of their own: the CLI draws report charts with them
  // (@omf/elements/charts, @omf/elements/chart-options).
  unbundled('elements', [
    'packages/elements/src/index.ts',
    ...defineFiles,
    'packages/elements/src/shared/chart/charts.ts',
    'packages/elements/src/shared/chart-options.ts',
  ]),
  unbundled('cli', 'packages/cli/src/main.ts'),
  {
    input: 'packages/elements/src/cdn.ts',
    plugins: [
      nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
      commonjs(),
      json(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true }),
    ],
    output: {
      dir: 'packages/elements/cdn',
      format: 'es',
      entryFileNames: 'omf.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Everything but Plot and the chart code stays in omf.js, so a page of cards makes one request.
      manualChunks(id, { getModuleIds, getModuleInfo }) {
        if (isChartModule(id)) return 'charts';
        // Rollup pulls a manual chunk's dependencies into it: pin what the entry needs without the
        // charts (d3-scale, d3-shape, d3-array for sparklines) to omf.js, or omf.js would import
        // them from the chart chunk and every page of cards would load Plot.
        return reachableWithoutCharts(getModuleIds, getModuleInfo).has(id) ? 'omf' : undefined;
      },
    },
  },
];

function isChartModule(id) {
  return id.includes('/@observablehq/plot/') || id.includes('/src/shared/chart/');
}

/** Modules the entries import statically, directly or not, other than through chart modules. */
function reachableWithoutCharts(getModuleIds, getModuleInfo) {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);
  const reached = new Set();
  const visit = (id) => {
    if (reached.has(id) || isChartModule(id)) return;
    reached.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  entries.forEach(visit);
  return reached;
}
