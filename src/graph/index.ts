export { openGraphStore } from './open';
export { graphConfigFromEnv, DEFAULT_DATA_DIR, type GraphConfig } from './config';
export { GraphStoreError, type GraphStore, type GraphTx, type TxWork, type EngineName } from './store';
export { runCypher, parseParamPairs, type CypherResult, type RunCypherOptions } from './run-cypher';
export { checkCypher, writeClauseIn, type CypherProblem } from './cypher-check';
export { allStatements } from './cypher';
export * as queries from './cypher/queries';
export type { PlainValue, Row, Params } from './values';
