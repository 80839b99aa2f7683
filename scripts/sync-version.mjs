// After `changeset version`, copies @omf/elements' version into src/shared/version.ts.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'packages/elements/src/shared/version.ts';
const { version } = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
