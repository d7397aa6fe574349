import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * How much later than the one before a request may reach the server and still not make rate + 1 in
 * some second there: requests sent exactly every 1000/rate ms arrive rate + 1 times in a second as soon
 * as the network or a busy event loop delays one and not the next. So rate requests are spread over
 * 1000 ms plus this allowance: 100 ms gives at most 9.1 requests/s at --rate 10 (a 5% stretch, 50 ms,
 * was exceeded on a loaded two-core machine).
 */
const JITTER_ALLOWANCE_MS = 100;

/**
 * A token bucket of capacity one shared by every request of the process (all concurrency, retries
 * included). Capacity one on purpose: a bucket that may hold n tokens lets n requests go at once and
 * then `rate` more within the same second, and EDGAR's rule is about any one-second window.
 *
 * Callers take turns, and each turn is measured from when the previous one really started, not from
 * when it was due: after the process stalls (a long GC, a busy loop) the requests that waited go out
 * one interval apart again instead of all at once to catch up.
 */
export class TokenBucket {
  private readonly intervalMs: number;
  private lastStart = -Infinity;
  private turns: Promise<void> = Promise.resolve();

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.intervalMs = (1000 + JITTER_ALLOWANCE_MS) / perSecond;
  }

  take(): Promise<void> {
    const turn = this.turns.then(async () => {
      // Timers may fire a millisecond early: wait out whatever is left.
      for (let left = this.lastStart + this.intervalMs - this.now(); left > 0; left = this.lastStart + this.intervalMs - this.now()) {
        await delay(Math.ceil(left));
      }
      this.lastStart = this.now();
    });
    this.turns = turn;
    return turn;
  }
}
