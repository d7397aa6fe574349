import * as admin from './admin';
import * as ceiling from './ceiling';
import * as ingest from './ingest';
import * as queries from './queries';
import * as schema from './schema';

/**
 * Every Cypher statement the project sends, by name, so one test can hand each to Neo4j's parser and
 * semantic analysis. A statement added to any module here is picked up without listing it by hand.
 */
export function allStatements(): Array<{ name: string; cypher: string }> {
  const out: Array<{ name: string; cypher: string }> = [];
  const visit = (name: string, v: unknown): void => {
    if (typeof v === 'string' && /\b(MATCH|MERGE|CREATE|UNWIND|RETURN)\b/.test(v)) out.push({ name, cypher: v });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(`${name}[${i}]`, x));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${name}.${k}`, x);
  };
  for (const [modName, mod] of Object.entries({ schema, ingest, queries, admin, ceiling })) {
    for (const [k, v] of Object.entries(mod)) visit(`${modName}.${k}`, v);
  }
  return out;
}

export * as ingestCypher from './ingest';
export * as queryCypher from './queries';
export * as schemaCypher from './schema';
