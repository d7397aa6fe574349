import type { Page } from '../graph/queries/page';
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
