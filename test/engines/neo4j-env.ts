/** How the Neo4j half's global set-up tells each test file which database is its own. */
export const TEST_NEO4J = {
  uris: 'INSIDER_GRAPH_TEST_NEO4J_URIS',
  user: 'INSIDER_GRAPH_TEST_NEO4J_USER',
  password: 'INSIDER_GRAPH_TEST_NEO4J_PASSWORD',
} as const;
