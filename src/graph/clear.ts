import { DELETE_SOME } from './cypher/admin';
import type { GraphStore } from './store';

/** Deletes every node and relationship, a batch at a time. For tests and a deliberate reset only. */
export async function clearGraph(store: GraphStore, batch = 10_000): Promise<void> {
  for (;;) {
    const rows = await store.executeWrite((tx) => tx.run(DELETE_SOME, { limit: batch }));
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
