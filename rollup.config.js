// One rollup config for every package (run through `npm run build`, after tsc has written the .d.ts files):
// - @omf/sdk, @omf/elements, @omf/cli: unbundled ESM that keeps bare imports for bundlers;
// - @omf/elements CDN module cdn/omf.js: a small self-registering loader (src/cdn.ts) that imports each
//   element's chunk when its tag appears on the page; Lit's production build. Rollup splits the code
//   the elements share into chunks, and Observable Plot goes with the chart code into the chunk that
//   chart-frame.ts imports when the first chart draws.
import { readdirSync } from 'node:fs';
import { transformSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

/** A module of Lit's own packages (lit, lit-html, lit-element, @lit/reactive-element, @lit/context). */
const LIT_MODULE = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][\w-]+)[\\/]/;
/**
 * Minifies the CSS of Lit's css`` templates in our element sources with esbuild's CSS minifier (esbuild
 * leaves template literals as written). Only templates without interpolation, which is all of ours: one
 * with `${` is left alone.
 */
const minifyLitCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!/packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    const minified = code.replace(/\bcss`([^`$\\]*)`/g, (template, css) => {
      const out = transformSync(css, { loader: 'css', minify: true, charset: 'utf8' }).code.trim();
      // An escape, backtick or `${` would mean something else inside a template literal.
      return /[`\\]|\$\{/.test(out) ? template : `css\`${out}\``;
    });
    return { code: minified, map: null };
  },
});
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const defineFiles = readdirSync('packages/elements/src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `packages/elements/src/define/${f}`);

/** Unbundled ESM of one package: one output file per source module. */
const unbundled = (pkg, input) => ({
  input,
  external: isBare,
  plugins: [json(), minifyLitCss(), ts()],
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
    // The element chunks import what they share with the loader (the version) from omf.js itself,
    // rather than from a chunk that omf.js would have to re-export as a facade (one request fewer).
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
      commonjs(),
      json(),
      minifyLitCss(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true }),
      // A second pass over esbuild's output: terser's two compress passes and module-scope mangling take
      // another 2% (0.7 KB gzip) off a page of cards.
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: 'packages/elements/cdn',
      format: 'es',
      entryFileNames: 'omf.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Lit (and @lit/context) in a chunk of its own: it changes less often than OMF Kit, so a browser keeps
      // it cached across our releases, and the bench can tell our code from Lit's.
      manualChunks: (id) => (LIT_MODULE.test(id) ? 'lit' : undefined),
      // Merges chunks of a handful of lines (the SDK's number helpers) into a chunk that most of their
      // importers load anyway: a request fewer for the cards; a page that needed only one of them loads
      // a few hundred bytes more.
      experimentalMinChunkSize: 600,
    },
  },
];
