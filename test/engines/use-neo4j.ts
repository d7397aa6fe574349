import { TEST_NEO4J } from './neo4j-env';

// The Neo4j half: this worker's database (JEST_WORKER_ID counts from 1), through the app's own
// environment variables, so the code under test and the programs the tests start pick it up.
const uris = (process.env[TEST_NEO4J.uris] ?? '').split(',').filter(Boolean);
if (uris.length === 0) throw new Error('the Neo4j test project ran without its global set-up');
process.env.NEO4J_URI = uris[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % uris.length];
process.env.NEO4J_USER = process.env[TEST_NEO4J.user];
process.env.NEO4J_PASSWORD = process.env[TEST_NEO4J.password];
