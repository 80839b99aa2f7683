// `npm start`: build, then serve the examples gallery (with the built-in data) at http://localhost:8000.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { testServerMiddleware } from './test-server.mjs';

const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT || 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST || 'localhost',
    nodeResolve: false,
    middleware: [
      ...testServerMiddleware,
      // The gallery is the front page.
      (context, next) => {
        if (context.path === '/') {
          context.redirect('/examples/');
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`OMF Kit gallery: http://localhost:${port}/examples/  (Ctrl+C to stop)`);
