import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
export default {
  input: 'packages/elements/src/cdn.ts',
  plugins: [nodeResolve({ exportConditions: ['source', 'browser', 'production'] }), commonjs(), json(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true })],
  output: { dir: '/tmp/cdn-check', format: 'es', entryFileNames: 'omf.js', chunkFileNames: 'chunks/[name]-[hash].js',},
};
