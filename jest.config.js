/**
 * Two projects, one set of test files: every suite that touches the graph runs on Grafeo and again on
 * a real Neo4j 5.26. A file named *.grafeo.test.ts or *.neo4j.test.ts tests what only that engine has
 * (an embedded data folder, a Bolt connection) and runs in its project alone. The Neo4j half uses the database at NEO4J_URI when that is set (emptied by each
 * suite; one file at a time, since they share it), else a local Neo4j it starts itself
 * (tools/neo4j, one database per jest worker) and stops afterwards.
 */
const { spawnSync } = require('node:child_process');

const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};
/** The suites whose subject is the graph, the API on it, or the programs that use them. */
const ENGINE_SUITES = ['graph', 'api', 'cli', 'e2e', 'reliability', 'datasets', 'edgar'].map((d) => `<rootDir>/test/${d}/**/*.test.ts`);

const has = (command, flag) => spawnSync(command, [flag], { stdio: 'ignore' }).status === 0;
function whyNoNeo4j() {
  if (process.env.NEO4J_URI) return null;
  if (!has('java', '-version') || !has('javac', '-version')) return 'no Java (JDK 17) on the PATH; apt-get install openjdk-17-jdk-headless maven';
  if (!has('mvn', '-v')) return 'no Maven on the PATH to fetch Neo4j; apt-get install maven';
  return null;
}

const why = whyNoNeo4j();
if (why && process.env.CI === 'true') throw new Error(`the Neo4j half of the tests cannot run in CI: ${why}`);
if (why) process.stderr.write(`jest: the Neo4j half of the tests is skipped: ${why}\n`);

module.exports = {
  // A global option: jest ignores it inside a project.
  testTimeout: 60000,
  ...(process.env.NEO4J_URI ? { maxWorkers: 1 } : {}),
  projects: [
    {
      ...base,
      displayName: 'grafeo',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.neo4j\\.test\\.ts$'],
      setupFiles: ['<rootDir>/test/engines/use-grafeo.ts'],
    },
    ...(why ? [] : [{
      ...base,
      displayName: 'neo4j',
      testMatch: ENGINE_SUITES,
      testPathIgnorePatterns: ['/node_modules/', '\\.grafeo\\.test\\.ts$'],
      globalSetup: '<rootDir>/test/engines/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/test/engines/neo4j-global-teardown.ts',
      setupFiles: ['<rootDir>/test/engines/use-neo4j.ts'],
    }]),
  ],
};
