/**
 * The cheapest write statements of ingest's shape, for bench/grafeo-ceiling.ts: how many rows per
 * second an engine takes through Cypher at best, whatever ingest does around them.
 */

/** Parameters in, nothing written: the cost of crossing the boundary and unwinding. */
export const CEILING_UNWIND_ONLY = `
UNWIND $rows AS r
RETURN count(r) AS n`;

/** One node per row, one property, no index on its label. */
export const CEILING_CREATE_BARE = `
UNWIND $rows AS r
CREATE (:CeilingBare {key: r.key})`;

/** One node per row, key indexed and unique (what ingest's labels have). */
export const CEILING_CREATE_KEYED = `
UNWIND $rows AS r
CREATE (:CeilingKeyed {key: r.key})`;

/** One node per row with ~15 properties from a map, like a Transaction row. */
export const CEILING_CREATE_PROPS = `
UNWIND $rows AS r
CREATE (t:CeilingProps {key: r.key})
SET t += r.props`;

/** The same 15 properties written in the CREATE pattern itself, each from the row. */
export const CEILING_CREATE_INLINE = `
UNWIND $rows AS r
CREATE (:CeilingInline {key: r.key, seq: r.seq, table: r.table, derivative: r.derivative, security: r.security, code: r.code,
  shares: r.shares, price: r.price, acquiredDisposed: r.acquiredDisposed, sharesAfter: r.sharesAfter, ownership: r.ownership,
  footnoteIds: r.footnoteIds, footnotes: r.footnotes, holdingGroup: r.holdingGroup, orderKey: r.orderKey})`;

/** The same properties replacing the new node's map in one SET (=, not +=). */
export const CEILING_CREATE_SET_ALL = `
UNWIND $rows AS r
CREATE (t:CeilingSetAll)
SET t = r.props`;

/** One node per row, MERGEd on its indexed key (every row new). */
export const CEILING_MERGE_KEYED = `
UNWIND $rows AS r
MERGE (:CeilingMerged {key: r.key})`;

/** A row node hung off a parent found by key: ingest's Transaction shape without properties. */
export const CEILING_CREATE_LINKED = `
UNWIND $rows AS r
MATCH (p:CeilingKeyed {key: r.parent})
CREATE (p)-[:CEILING_REL]->(:CeilingChild {key: r.key})`;

export const CEILING_SCHEMA = [
  'CREATE CONSTRAINT ceiling_keyed_key IF NOT EXISTS FOR (n:CeilingKeyed) REQUIRE n.key IS UNIQUE',
  'CREATE INDEX ceiling_keyed_key_idx IF NOT EXISTS FOR (n:CeilingKeyed) ON (n.key)',
  'CREATE CONSTRAINT ceiling_merged_key IF NOT EXISTS FOR (n:CeilingMerged) REQUIRE n.key IS UNIQUE',
  'CREATE INDEX ceiling_merged_key_idx IF NOT EXISTS FOR (n:CeilingMerged) ON (n.key)',
] as const;
