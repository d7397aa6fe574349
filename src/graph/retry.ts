/** How often and how patiently a write transaction is retried after a transient failure. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 20 };

/**
 * Runs `attempt` until it succeeds, a non-transient error comes, or attempts run out. Jittered
 * exponential back-off so two conflicting writers do not collide again in lockstep.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  isTransient: (e: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      if (n >= policy.maxAttempts || !isTransient(e)) throw e;
      const delay = policy.baseDelayMs * 2 ** (n - 1) * (0.5 + Math.random());
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
