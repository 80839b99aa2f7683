// `npm run build`: type declarations (tsc), the JSON Schema from the model types, rollup, the custom-elements manifest and JSX types.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const pkg of ['sdk', 'elements', 'cli']) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
rmSync('packages/elements/cdn', { recursive: true, force: true });

for (const pkg of ['sdk', 'elements', 'cli']) step('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
step('node', ['scripts/build-schema.mjs']);
step('npx', ['rollup', '-c', '--silent']);
step('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'packages/elements/src/**/*.ts', '--exclude', 'packages/elements/src/**/*.test.ts', '--outdir', 'packages/elements']);
step('node', ['scripts/build-jsx-types.mjs']);
