import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { apiSchema } from '../../src/schema/build';
it('prints', () => { writeFileSync('docs/schema.graphql', `${printSchema(apiSchema())}\n`); });
