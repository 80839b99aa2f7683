// Generates @omf/sdk's published JSON Schema from the TypeScript model, so the two never drift apart.
import { createGenerator } from 'ts-json-schema-generator';
import { mkdirSync, writeFileSync } from 'node:fs';

const schema = createGenerator({
  path: 'packages/sdk/src/model/types.ts',
  tsconfig: 'packages/sdk/tsconfig.build.json',
  type: 'OmfDocument',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  skipTypeCheck: true,
}).createSchema('OmfDocument');

schema.title = 'OMF Kit dataset';
mkdirSync('packages/sdk/schema', { recursive: true });
writeFileSync('packages/sdk/schema/omf-dataset.schema.json', JSON.stringify(schema, null, 2) + '\n');
