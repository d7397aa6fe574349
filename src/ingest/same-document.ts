import type { ParsedFiling } from './types';

/** What a batch does with each filing once keys and documents already in the graph are known. */
export interface DocumentChoice {
  fresh: ParsedFiling[];
  skipped: ParsedFiling[];
  /** Key-less (sha:) filings in the graph that a fresh filing with an accession number replaces. */
  adopted: string[];
}

const hasAccession = (key: string): boolean => key.startsWith('acc:');

/**
 * A filing's identity is its accession number, and the ownership document itself (docHash) where the
 * container gave no accession number: a submission .txt and the same document saved alone as
 * primary_doc.xml are one filing. So a key-less filing whose document is already in the graph, or
 * earlier in the batch, is skipped; a filing with an accession number adopts a key-less one with its
 * document (which is deleted and written again under the accession number); two accession numbers
 * stay two filings even with equal documents, as EDGAR counts them.
 *
 * `existing` maps a document hash to the keys of the graph's filings with it.
 */
export function chooseDocuments(batch: ParsedFiling[], existingKeys: Set<string>, existing: Map<string, string[]>): DocumentChoice {
  const skipped: ParsedFiling[] = [];
  const adopted = new Set<string>();
  // Filings with an accession number first, so a key-less copy later in the same batch finds them.
  const ordered = [...batch.filter((p) => hasAccession(p.key)), ...batch.filter((p) => !hasAccession(p.key))];
  const seenKeys = new Set<string>();
  const seenDocs = new Set<string>();
  const chosen = new Set<ParsedFiling>();
  for (const p of ordered) {
    const inGraph = existing.get(p.docHash) ?? [];
    if (existingKeys.has(p.key) || seenKeys.has(p.key)) {
      skipped.push(p);
      continue;
    }
    if (hasAccession(p.key)) {
      for (const k of inGraph) if (!hasAccession(k)) adopted.add(k);
    } else if (inGraph.length > 0 || seenDocs.has(p.docHash)) {
      skipped.push(p);
      continue;
    }
    seenKeys.add(p.key);
    seenDocs.add(p.docHash);
    chosen.add(p);
  }
  // In input order, as the rest of the batch expects.
  return { fresh: batch.filter((p) => chosen.has(p)), skipped, adopted: [...adopted] };
}
