import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../packages/elements/src/shared/version.ts';

test('the elements VERSION constant matches package.json (run npm run version-packages)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
});
