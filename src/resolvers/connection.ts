import { isFirstPage, type CountedPage, type Page, type PageWindow } from '../graph/queries/page';
import type { ConnectionShape } from '../schema/pagination';
import { cursorOf } from './validate';

/** A page of records as a Relay connection; `count` runs only if the client selects totalCount. */
export function toConnection<R, T>(page: Page<R>, map: (r: R) => T, count: () => Promise<number>): ConnectionShape<T> {
  const edges = page.items.map((r, i) => ({ node: map(r), cursor: cursorOf(page.offset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count,
  };
}

/** A page that came with its list's size (the batched list statements count as they page). */
export function toCountedConnection<R, T>(page: CountedPage<R>, map: (r: R) => T): ConnectionShape<T> {
  return toConnection(page, map, () => Promise.resolve(page.total));
}

/**
 * The page asked for of a short list whose parent's statement brought the first page along: that
 * page when it is the one asked for (the usual case, no further statement), else the loader's.
 */
export function pageOf<T>(w: PageWindow, first: CountedPage<T>, load: () => Promise<CountedPage<T>>): Promise<CountedPage<T>> {
  return isFirstPage(w) ? Promise.resolve(first) : load();
}
