import { checkCypher, writeClauseIn } from '../../src/graph/cypher-check';
import { apiStatements } from '../../src/graph/queries';

/**
 * The API's statements must be valid Neo4j 5 Cypher (the production engine) as well as run on the
 * embedded one (the API tests run them there). Neo4j's own parser and semantic analysis decide.
 */
const statements = apiStatements();

test('the API sends a known set of statements', () => {
  // Every module contributes; a refactor that loses a module's statements shows here.
  expect(statements.length).toBeGreaterThanOrEqual(40);
  expect(new Set(statements.map((s) => s.name.split('.')[0]))).toEqual(
    new Set(['activity', 'filings', 'health', 'holdings', 'issuers', 'paths', 'persons', 'transactions']),
  );
});

test.each(statements.map((s) => [s.name, s.cypher] as const))('%s passes Neo4j parsing and semantic analysis', (_name, cypher) => {
  expect(checkCypher(cypher).filter((p) => p.severity === 'error')).toEqual([]);
});

test.each(statements.map((s) => [s.name, s.cypher] as const))('%s is read-only', (_name, cypher) => {
  expect(writeClauseIn(cypher)).toBeNull();
});
