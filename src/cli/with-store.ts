import { GraphStoreError, openGraphStore, type GraphStore } from '../graph';
import { graphConfigOf, type GraphOptions } from './graph-option';
import type { CommandIO } from './io';

/**
 * Open the configured store (created only when `create`: ingest), run the work, close it. A store that cannot be opened, refuses the work
 * (bad configuration, a data directory another process holds, a write in the read-only command, a full
 * or read-only disk) or cannot be closed is one line for the user and exit status 1, not a stack trace.
 */
export async function withStore<T>(io: CommandIO, work: (store: GraphStore) => Promise<T>, graph: GraphOptions & { create: boolean }): Promise<T | undefined> {
  // A bad --data combination is a usage error (status 2), raised before anything is opened.
  const config = graphConfigOf(graph);
  let store: GraphStore | undefined;
  let failure: { error: unknown } | undefined;
  let result: T | undefined;
  try {
    store = await openGraphStore(config, { create: graph.create });
    result = await work(store);
  } catch (e) {
    failure = { error: e };
  }
  try {
    await store?.close();
  } catch (e) {
    // Closing can fail for the reason the work did (a full disk): the work's error is the one to tell.
    failure ??= { error: e };
  }
  if (!failure) return result;
  if (!(failure.error instanceof GraphStoreError)) throw failure.error;
  io.err(`insider-graph: ${failure.error.message}`);
  io.exitCode = 1;
  return undefined;
}
