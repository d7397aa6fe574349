import { GraphStoreError, type GraphStore } from '../store';

/** The cheapest statement that proves the store answers. */
export const PING = `RETURN 1 AS ok`;

/** How long /healthz waits for the store before calling it unavailable. */
export const HEALTH_TIMEOUT_MS = 2000;

export type Health = { ok: true } | { ok: false; reason: string };

export async function ping(store: GraphStore): Promise<boolean> {
  const [row] = await store.executeRead((tx) => tx.run(PING));
  return row?.ok === 1;
}

/**
 * Asks the store, every call, whether it answers now: its own cheap check when it has one (Neo4j:
 * one statement on a fresh session, no retries), else PING in a read transaction, cut off at
 * timeoutMs. The reason is one line without hosts or paths, since /healthz is public.
 */
export async function checkHealth(store: GraphStore, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const answer = await Promise.race([store.ping ? store.ping(timeoutMs) : ping(store), timeout]);
    if (answer === 'timeout') return { ok: false, reason: `the ${store.engine} graph did not answer within ${timeoutMs} ms` };
    return answer ? { ok: true } : { ok: false, reason: `the ${store.engine} graph answered the health statement wrongly` };
  } catch (e) {
    return { ok: false, reason: healthReason(store, e) };
  } finally {
    clearTimeout(timer);
  }
}

function healthReason(store: GraphStore, e: unknown): string {
  // Our own messages are safe to show; the driver's name hosts and ports, so only its error code.
  if (e instanceof GraphStoreError) return e.message;
  const code = e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.name : 'unknown error';
  return `the ${store.engine} graph failed: ${code}`;
}
