/**
 * Schema statements. Every node label has one stable `key`; MERGE finds nodes by it. Neo4j builds an
 * index behind each uniqueness constraint by itself (and refuses a second one on the same key);
 * Grafeo 0.6 does not, so it gets an explicit index too, without which MERGE degrades to a scan.
 */
export const KEYED_LABELS = ['Person', 'Issuer', 'Filing', 'Transaction', 'Holding', 'Option'] as const;

const constraint = (label: string): string =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`;
const keyIndex = (label: string): string =>
  `CREATE INDEX ${label.toLowerCase()}_key_idx IF NOT EXISTS FOR (n:${label}) ON (n.key)`;

/** Look-ups that are not by key: entity resolution by normalised name, amendments by group, a document in another container, who used a ticker. */
export const LOOKUP_INDEXES = [
  'CREATE INDEX person_norm_name_idx IF NOT EXISTS FOR (n:Person) ON (n.normName)',
  'CREATE INDEX person_at_issuer_idx IF NOT EXISTS FOR (n:Person) ON (n.atIssuer)',
  'CREATE INDEX issuer_norm_name_idx IF NOT EXISTS FOR (n:Issuer) ON (n.normName)',
  'CREATE INDEX issuer_ticker_idx IF NOT EXISTS FOR (n:Issuer) ON (n.ticker)',
  'CREATE INDEX filing_issuer_ticker_idx IF NOT EXISTS FOR (n:Filing) ON (n.issuerTicker)',
  'CREATE INDEX filing_amend_group_idx IF NOT EXISTS FOR (n:Filing) ON (n.amendGroup)',
  'CREATE INDEX filing_doc_hash_idx IF NOT EXISTS FOR (n:Filing) ON (n.docHash)',
] as const;

export const NEO4J_SCHEMA: readonly string[] = [...KEYED_LABELS.map(constraint), ...LOOKUP_INDEXES];
export const GRAFEO_SCHEMA: readonly string[] = [...KEYED_LABELS.map(constraint), ...KEYED_LABELS.map(keyIndex), ...LOOKUP_INDEXES];
