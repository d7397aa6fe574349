import { sha256Hex } from '../parser/sha256';
import type { Filing } from '../parser';
import { memoised, normaliseText } from './names';

/**
 * Stable keys: the same input always gives the same key, which is what makes MERGE (and so a second
 * ingest) idempotent. A filing is its accession number when it has one, else the hash of its bytes.
 */
export function filingKey(filing: Filing, contentHash: string): string {
  const acc = filing.source?.accessionNumber;
  if (acc) return `acc:${acc}`;
  return `sha:${filing.source?.sha256 ?? contentHash}`;
}

/**
 * The identity of the ownership document itself, whatever it came in: the hash of the canonical
 * filing without its source (format, accession number, hash of the container's bytes) and the
 * parser's warnings. A submission .txt and its document saved alone as primary_doc.xml hash alike,
 * so the second is known for the same filing (write-batch.ts). The canonical filing's keys come in
 * the model's order from the parser (and from zod for canonical JSON), so plain JSON.stringify is
 * stable: a key-sorting stringify cost 79 µs a corpus filing, as much as parsing it.
 */
export function documentHash(filing: Filing): string {
  const { source: _source, warnings: _warnings, ...content } = filing;
  return sha256(JSON.stringify(content));
}

export const sha256 = sha256Hex;

export const issuerKeyOfCik = (cik: string): string => `cik:${cik}`;
export const issuerKeyOfName = (normName: string): string => `name:${normName}`;
export const personKeyOfCik = (cik: string): string => `cik:${cik}`;
/** A person known only by name is only that name at that issuer: two issuers, two people until a CIK says otherwise. */
export const personKeyOfName = (normName: string, issuerKey: string): string => `name:${normName}@${issuerKey}`;

/** The terms that make one derivative security (an option grant) distinct from another of the same issuer. */
export function optionTerms(row: {
  securityTitle: string;
  conversionOrExercisePrice: number | null;
  exerciseDate: string | null;
  expirationDate: string | null;
  underlyingSecurityTitle: string | null;
}): string {
  const parts = [
    normaliseText(row.securityTitle),
    row.conversionOrExercisePrice ?? '',
    row.exerciseDate ?? '',
    row.expirationDate ?? '',
    normaliseText(row.underlyingSecurityTitle),
  ];
  return termsHash(parts.join('|'));
}

/**
 * One option grant of one person at one issuer. BUILD_OPTIONS and LINK_EXERCISES
 * (src/graph/cypher/ingest.ts) build the same string in Cypher from the stored `optionTerms`.
 */
export const optionKey = (personKey: string, issuerKey: string, terms: string): string => `${personKey}#${issuerKey}#${terms}`;

const termsHash = memoised((terms) => sha256(terms).slice(0, 20));

/** One holding line: security, direct/indirect, and nature of indirect ownership. */
export function holdingGroup(securityTitle: string, ownership: string | null, nature: string | null): string {
  return [normaliseText(securityTitle), ownership ?? '', normaliseText(nature)].join('|');
}

/**
 * Sorts rows by transaction date, then the filing (signature date, key), then position in the
 * document, as one string so both engines order it identically.
 */
export function orderKey(date: string, signatureDate: string, fKey: string, seq: number): string {
  return `${date}|${signatureDate}|${fKey}|${String(seq).padStart(5, '0')}`;
}
