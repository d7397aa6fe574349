import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Spacing between request starts is stretched by this much: requests sent exactly every 1000/rate ms
 * arrive rate + 1 times in some second at the server as soon as the network or a busy event loop delays
 * one and not the next. 5% (5 ms at 10/s) keeps a loaded two-core machine under the limit; the cost is
 * 9.5 requests/s at the most instead of 10.
 */
const SAFETY = 1.05;

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
    this.intervalMs = (1000 * SAFETY) / perSecond;
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
