/** One page request as the queries take it: integers on both engines, one extra row to see past the end. */
export interface PageWindow {
  skip: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  offset: number;
}

/** SKIP/LIMIT parameters for a window, asking one row more so hasNextPage needs no second query. */
export function windowParams(w: PageWindow): { skip: number; limit: number } {
  return { skip: Math.trunc(w.skip), limit: Math.trunc(w.limit) + 1 };
}

export function toPage<T>(rows: T[], w: PageWindow): Page<T> {
  return { items: rows.slice(0, w.limit), hasNextPage: rows.length > w.limit, offset: w.skip };
}
