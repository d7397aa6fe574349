import { GraphStoreError, openGraphStore, type GraphStore } from '../graph';
import type { CommandIO } from './io';

/**
 * Open the configured store, run the work, close it. A store that cannot be opened or refuses the
 * work (bad configuration, a data directory another process holds, a write in the read-only command)
 * is one line for the user and exit status 1, not a stack trace.
 */
export async function withStore<T>(io: CommandIO, work: (store: GraphStore) => Promise<T>): Promise<T | undefined> {
  let store: GraphStore | undefined;
  try {
    store = await openGraphStore();
    return await work(store);
  } catch (e) {
    if (!(e instanceof GraphStoreError)) throw e;
    io.err(`insider-graph: ${e.message}`);
    io.exitCode = 1;
    return undefined;
  } finally {
    await store?.close();
  }
}
