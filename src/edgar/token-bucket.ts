import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Spacing between request starts is stretched by this much: a request sent exactly every 1000/rate ms
 * can still land rate + 1 times in one second at the server when the network delays one and not the
 * next. 2% (2 ms at 10/s) is far more than loopback or LAN jitter.
 */
const SAFETY = 1.02;

/**
 * A token bucket of capacity one shared by every request of the process (all concurrency, retries
 * included). Capacity one on purpose: a bucket that may hold n tokens lets n requests go at once and
 * then `rate` more within the same second, and EDGAR's rule is about any one-second window. Callers
 * reserve their slot synchronously, so they are served in the order they asked.
 */
export class TokenBucket {
  private nextSlot = 0;
  private readonly intervalMs: number;

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.intervalMs = (1000 * SAFETY) / perSecond;
  }

  async take(): Promise<void> {
    const t = this.now();
    const at = Math.max(t, this.nextSlot);
    this.nextSlot = at + this.intervalMs;
    // Timers may fire a millisecond early: wait out whatever is left.
    for (let left = at - this.now(); left > 0; left = at - this.now()) await delay(Math.ceil(left));
  }
}
