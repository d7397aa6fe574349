import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { apiSchema } from '../../src/schema/build';

/** docs/schema.graphql is the published contract: it must be what the code builds. */
test('docs/schema.graphql matches the schema the code builds', () => {
  const published = readFileSync(join(__dirname, '..', '..', 'docs', 'schema.graphql'), 'utf8');
  // Regenerate with: node -e "require('reflect-metadata'); ..." (see docs/api.md)
  expect(`${printSchema(apiSchema())}\n`).toBe(published);
});
