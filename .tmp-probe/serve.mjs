import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
const plotCommonjs = { name: 'cjs', async serve(context) { if (!/interval-tree\.js$/.test(context.path)) return undefined; const r = await build({ entryPoints: [`.${context.path}`], bundle: true, format: 'esm', write: false, logLevel: 'silent' }); return { body: r.outputFiles[0].text, type: 'js' }; } };
await startDevServer({ config: { rootDir: '/work/main', port: 8765, nodeResolve: { exportConditions: ['source', 'browser', 'development'] }, plugins: [plotCommonjs, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: '/work/main/tsconfig.json' })] }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
console.log('up');
