/**
 * Name search that survives OCR: case and punctuation are dropped and the characters OCR confuses
 * are folded to one (0/O, 1/I/L, 5/S), on both the stored normalised name and the search words, so
 * "DiIlon, Matthew" finds "DILLON MATTHEW S". Word order does not matter: each word must occur.
 */
const FOLDS: ReadonlyArray<[string, string]> = [
  ['0', 'O'],
  ['1', 'I'],
  ['L', 'I'],
  ['|', 'I'],
  ['5', 'S'],
];

/** The same folding in Cypher, over an expression holding an upper-case normalised name. */
export function foldCypher(expr: string): string {
  return FOLDS.reduce((acc, [from, to]) => `replace(${acc}, '${from}', '${to}')`, expr);
}

/** The folding in TypeScript, for names held in memory (see src/server/name-index.ts). */
export function foldName(normName: string): string {
  let s = normName;
  for (const [from, to] of FOLDS) s = s.split(from).join(to);
  return s;
}

export function searchWords(search: string | null | undefined): string[] {
  if (!search) return [];
  let s = search.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
  for (const [from, to] of FOLDS) s = s.split(from).join(to);
  return [...new Set(s.replace(/[^A-Z0-9&\s]/g, ' ').split(/\s+/).filter((w) => w.length > 0))];
}

/** A search of digits only is a CIK too, as EDGAR writes it (ten digits) whatever the zeros given. */
export function cikOfSearch(search: string | null | undefined): string | null {
  const s = (search ?? '').trim();
  return /^\d{1,10}$/.test(s) ? s.padStart(10, '0') : null;
}
