import * as activity from './activity';
import * as filings from './filings';
import * as health from './health';
import * as holdings from './holdings';
import * as issuers from './issuers';
import * as paths from './paths';
import * as persons from './persons';
import * as transactions from './transactions';

/*
 * Every statement starts its pattern at the node the parameters name (a key look-up): Grafeo 0.6
 * plans from the first node pattern, so `(p:Person)-[:FILED]->(:Filing {key: k})` scans every
 * person (200 ms on a small graph) where `(:Filing {key: k})<-[:FILED]-(p:Person)` takes 0.4 ms.
 */

/**
 * Every Cypher statement of the API's queries by name, so the lint test hands each to Neo4j's parser.
 * Any string constant that reads like Cypher is taken, nested records included.
 */
export function apiStatements(): Array<{ name: string; cypher: string }> {
  const out: Array<{ name: string; cypher: string }> = [];
  const visit = (name: string, v: unknown): void => {
    if (typeof v === 'string' && /\b(MATCH|UNWIND)\b|^RETURN\b/.test(v.trim())) out.push({ name, cypher: v });
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) visit(`${name}.${k}`, x);
  };
  const modules = { activity, filings, health, holdings, issuers, paths, persons, transactions };
  for (const [modName, mod] of Object.entries(modules)) for (const [k, v] of Object.entries(mod)) visit(`${modName}.${k}`, v);
  return out;
}
