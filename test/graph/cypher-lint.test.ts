import { allStatements } from '../../src/graph/cypher';
import { checkCypher } from '../../src/graph/cypher-check';

/**
 * Neo4j cannot run here, so every statement the project sends is checked by Neo4j's own parser and
 * semantic analysis instead: a statement Neo4j would reject fails the build.
 */
describe('every Cypher statement passes Neo4j parsing and semantic analysis', () => {
  const statements = allStatements();

  it('finds the statements (the registry is not empty or partial)', () => {
    const names = statements.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['ingest.CREATE_FILINGS', 'ingest.BUILD_HOLDINGS', 'ingest.MERGE_ROLE.OFFICER_OF', 'queries.ISSUER_TRANSACTIONS', 'schema.NEO4J_SCHEMA[0]']));
    expect(statements.length).toBeGreaterThan(40);
  });

  it.each(statements.map((s) => [s.name, s.cypher] as const))('%s', (_name, cypher) => {
    expect(checkCypher(cypher)).toEqual([]);
  });

  it('the check does catch errors (a guard against a checker that accepts anything)', () => {
    expect(checkCypher('MATCH (p:Person) RETURN q').map((p) => p.severity)).toContain('error');
    expect(checkCypher('MATCH (p:Person RETURN p').length).toBeGreaterThan(0);
  });
});
