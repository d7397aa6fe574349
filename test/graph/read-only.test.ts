import { writeClauseIn } from '../../src/graph/cypher-check';
import { parseParamPairs, runCypher } from '../../src/graph/run-cypher';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { seedInput } from './helpers/seeds';
import { openTestStore } from './helpers/store';

describe('write clauses are detected by the Neo4j lexer', () => {
  it.each([
    ['CREATE (n:X)', 'CREATE'],
    ['MATCH (n) SET n.x = 1', 'SET'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MERGE (n:X {k: 1}) RETURN n', 'MERGE'],
    ['MATCH (n) REMOVE n.x', 'REMOVE'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', 'FOREACH'],
    ['LOAD CSV FROM "file:///x.csv" AS row RETURN row', 'LOAD'],
    ['DROP INDEX person_key_idx', 'DROP'],
    ['CALL apoc.create.node(["X"], {}) YIELD node RETURN node', 'apoc.create.node'],
  ])('%s', (query, word) => {
    expect(writeClauseIn(query)).toContain(word);
  });

  it.each([
    'MATCH (n:CREATE {set: "DELETE"}) RETURN n.merge AS m',
    'MATCH (p:Person) WHERE p.name = "Remove Set" RETURN p',
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (p:Person) RETURN count(p) AS n',
  ])('reads pass: %s', (query) => {
    expect(writeClauseIn(query)).toBeNull();
  });
});

describe('runCypher', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    await ingestInputs([seedInput('000'), seedInput('001'), seedInput('002'), seedInput('003'), seedInput('004')], { store });
  });
  afterAll(() => dispose());

  it('refuses a write with a clear error and leaves the graph as it was', async () => {
    await expect(runCypher('MATCH (p:Person) DETACH DELETE p', {}, { store })).rejects.toThrow(/read-only/);
    const { rows } = await runCypher('MATCH (p:Person) RETURN count(p) AS n', {}, { store });
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('refuses invalid Cypher with the parser message', async () => {
    await expect(runCypher('MATCH (p:Person RETURN p', {}, { store })).rejects.toThrow(/invalid Cypher/);
  });

  it('runs a read with integer SKIP/LIMIT and date parameters, values plain', async () => {
    // Seeds by hand: Dillon's three filings have periods 2007-12-05, 2011-06-13, 2013-03-11; Harris 2011-09-15, Polizzi 2014-06-17.
    const { columns, rows } = await runCypher(
      'MATCH (f:Filing) WHERE f.period >= date($since) RETURN toString(f.period) AS period ORDER BY period SKIP $skip LIMIT $limit',
      parseParamPairs(['since=2011-01-01', 'skip=1', 'limit=2']),
      { store },
    );
    expect(columns).toEqual(['period']);
    expect(rows).toEqual([{ period: '2011-09-15' }, { period: '2013-03-11' }]);
  });
});
