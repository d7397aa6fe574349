/** Where in a data-set zip a problem is: the zip, and the table and line when there is one. */
export function place(zip: string, table?: string, line?: number): string {
  return table === undefined ? zip : line === undefined ? `${zip}: ${table}` : `${zip}: ${table} line ${line}`;
}

/** A zip that cannot be imported at all (not a zip, a table missing, a header without a column, cut short). */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

/** One submission of a zip refused, the rest imported: where, and why. */
export interface RowFailure {
  /** `zip: TABLE.tsv line N` */
  where: string;
  accession: string | null;
  message: string;
}
