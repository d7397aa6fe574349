import * as C from '../graph/cypher/ingest';
import type { GraphStore, GraphTx } from '../graph/store';
import { amendmentLinks, amendSides } from './amendments';
import { planBatch } from './plan';
import { resolveBatch } from './resolve';
import { chooseDocuments } from './same-document';
import type { IngestWarning, IssuerMerge, ParsedFiling, PersonMerge } from './types';

export interface BatchResult {
  written: ParsedFiling[];
  /**
   * Already in the graph (or twice in the batch), by key or by its ownership document: nothing to
   * do, which is what makes ingest idempotent and one document one filing.
   */
  skipped: ParsedFiling[];
  transactions: number;
  /** What entity resolution left undecided (a name that fits two people). */
  warnings: IngestWarning[];
}

/** One batch, one write transaction: either every filing of it lands with its derived facts, or none. */
export function writeBatch(store: GraphStore, batch: ParsedFiling[]): Promise<BatchResult> {
  return store.executeWrite((tx) => writeInTx(tx, batch));
}

async function writeInTx(tx: GraphTx, batch: ParsedFiling[]): Promise<BatchResult> {
  const existing = new Set((await tx.run(C.EXISTING_FILINGS, { keys: batch.map((p) => p.key) })).map((r) => String(r.key)));
  const byDocument = new Map<string, string[]>();
  for (const r of await tx.run(C.FILINGS_BY_DOCUMENT, { hashes: [...new Set(batch.map((p) => p.docHash))] })) {
    const h = String(r.docHash);
    byDocument.set(h, [...(byDocument.get(h) ?? []), String(r.key)]);
  }
  const { fresh, skipped, adopted } = chooseDocuments(batch, existing, byDocument);
  if (fresh.length === 0) return { written: [], skipped, transactions: 0, warnings: [] };
  // The adopted filings' people and issuers: their holdings lose those rows, then gain the new ones.
  const adoptedPairs = adopted.length > 0 ? await tx.run(C.PAIRS_OF_FILINGS, { keys: adopted }) : [];
  if (adopted.length > 0) {
    await tx.run(C.DELETE_ADOPTED_ROWS, { keys: adopted });
    await tx.run(C.DELETE_ADOPTED_FILINGS, { keys: adopted });
  }

  const { filings, merges, issuerMerges, warnings } = await resolveBatch(tx, fresh, (m) => absorbIssuers(tx, m));
  const rows = planBatch(filings);
  const run = async (query: string, params: Record<string, unknown[]>): Promise<void> => {
    if (Object.values(params).every((v) => v.length > 0)) await tx.run(query, params);
  };

  await run(C.MERGE_ISSUERS, { rows: rows.issuers });
  await run(C.MERGE_PERSONS, { rows: rows.persons });
  await run(C.CREATE_FILINGS, { rows: rows.filings });
  await run(C.CREATE_FILED, { rows: rows.filed });
  for (const type of C.ROLE_TYPES) await run(C.MERGE_ROLE[type], { rows: rows.roles[type] });
  await run(C.CREATE_TRANSACTIONS, { rows: rows.transactionRows });
  await run(C.CREATE_HOLDING_ROWS, { rows: rows.holdingRows });

  const key = (p: { personKey: string; issuerKey: string }): string => `${p.personKey} ${p.issuerKey}`;
  const pairs = new Map(rows.pairs.map((p) => [key(p), p]));
  // Pairs whose options must be rebuilt from nothing: rows stopped counting, or an owner merged in.
  const rebuild = new Map<string, { personKey: string; issuerKey: string }>();
  const addPairs = (rs: Array<Record<string, unknown>>): void => {
    for (const r of rs) {
      const p = { personKey: String(r.personKey), issuerKey: String(r.issuerKey) };
      pairs.set(key(p), p);
      rebuild.set(key(p), p);
    }
  };
  addPairs(adoptedPairs);
  if (merges.length > 0) addPairs(await absorbPersons(tx, merges));
  if (issuerMerges.length > 0) addPairs(await tx.run(C.PAIRS_OF_ISSUERS, { keys: [...new Set(issuerMerges.map((m) => m.toKey))] }));

  const sides = amendSides(rows.filings, rows.filed);
  const counterparts = await tx.run(C.FIND_AMENDMENT_COUNTERPARTS, {
    rows: rows.filings.map((f) => ({ key: f.key, amendGroup: f.props.amendGroup, isAmendment: f.props.isAmendment })),
  });
  // The batch's own filings are already written, so pairs within the batch are found too.
  const links = amendmentLinks(sides, counterparts);
  const originals = [...new Set(links.map((l) => l.original))];
  if (links.length > 0) {
    await tx.run(C.LINK_AMENDMENTS, { rows: links });
    await tx.run(C.MARK_SUPERSEDED, { keys: originals });
    addPairs(await tx.run(C.PAIRS_OF_FILINGS, { keys: originals }));
  }

  // Drop pairs of people merged away in this batch: their holdings were removed with them.
  const gone = new Set(merges.map((m) => m.fromKey));
  const pairList = [...pairs.values()].filter((p) => !gone.has(p.personKey));
  const rebuildList = [...rebuild.values()].filter((p) => !gone.has(p.personKey));
  await run(C.DELETE_HOLDINGS, { pairs: pairList });
  await run(C.DELETE_OPTION_HOLDINGS, { pairs: pairList });
  await run(C.DELETE_OPTIONS, { pairs: rebuildList });
  await run(C.BUILD_HOLDINGS, { pairs: pairList });
  await run(C.BUILD_OPTIONS, { pairs: pairList });
  await run(C.LINK_NEW_EXERCISES, { rows: rows.exercises });
  await run(C.LINK_EXERCISES, { pairs: rebuildList });
  return { written: fresh, skipped, transactions: rows.transactionCount, warnings };
}

/** Moves name-only issuers onto their CIK holders (see ENSURE_ISSUER_TARGETS); their holdings are rebuilt after. */
async function absorbIssuers(tx: GraphTx, merges: IssuerMerge[]): Promise<void> {
  await tx.run(C.ENSURE_ISSUER_TARGETS, { rows: merges });
  await tx.run(C.MOVE_ISSUER_FILINGS, { rows: merges });
  await tx.run(C.MOVE_ISSUER_ROWS, { rows: merges });
  for (const type of C.ROLE_TYPES) await tx.run(C.MOVE_ISSUER_ROLE[type], { rows: merges });
  await tx.run(C.DELETE_ISSUER_HOLDINGS, { rows: merges });
  await tx.run(C.DELETE_ISSUER_OPTIONS, { rows: merges });
  await tx.run(C.REKEY_ISSUER_PEOPLE, { rows: merges });
  await tx.run(C.DELETE_ABSORBED_ISSUERS, { rows: merges });
}

/** Moves name-only people onto their CIK holders; returns the (person, issuer) pairs to recompute. */
async function absorbPersons(tx: GraphTx, merges: PersonMerge[]): Promise<Array<Record<string, unknown>>> {
  await tx.run(C.MOVE_FILED, { rows: merges });
  for (const type of C.ROLE_TYPES) await tx.run(C.MOVE_ROLE[type], { rows: merges });
  await tx.run(C.DELETE_MERGED_PERSONS, { rows: merges });
  return tx.run(C.ISSUERS_OF_PERSONS, { keys: [...new Set(merges.map((m) => m.toKey))] });
}

