import type { GraphStore } from '../store';

/** The cheapest statement that proves the store answers. */
export const PING = `RETURN 1 AS ok`;

export async function ping(store: GraphStore): Promise<boolean> {
  const [row] = await store.executeRead((tx) => tx.run(PING));
  return row?.ok === 1;
}
