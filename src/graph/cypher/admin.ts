/** Empties the graph (tests against a shared Neo4j start from nothing). Batched so Neo4j's heap copes. */
export const DELETE_SOME = `
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`;
