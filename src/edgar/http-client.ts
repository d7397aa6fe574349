import { setTimeout as delay } from 'node:timers/promises';
import type { EdgarConfig } from './config';
import { EdgarError } from './errors';
import { TokenBucket } from './token-bucket';

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After above this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 600_000, timeoutMs: 60_000 };

export interface RetryNotice {
  url: string;
  attempt: number;
  reason: string;
  waitMs: number;
}

export interface EdgarResponse {
  url: string;
  /** Decoded (gzip undone). */
  body: Buffer;
}

/**
 * Every request to EDGAR goes through here: the declared User-Agent on each one, gzip accepted (fetch
 * decodes it), the shared token bucket before each attempt, and retries with exponential back-off and
 * jitter on 429, 5xx and network errors, waiting at least what a Retry-After asks for.
 */
export class EdgarHttpClient {
  readonly bucket: TokenBucket;

  constructor(
    readonly config: EdgarConfig,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly onRetry: (n: RetryNotice) => void = () => undefined,
    private readonly random: () => number = Math.random,
  ) {
    this.bucket = new TokenBucket(config.rate);
  }

  /** The body of a 200 response; an EdgarError (404 at once, others after the retries) otherwise. */
  async get(url: string): Promise<EdgarResponse> {
    let lastReason = '';
    let lastStatus: number | null = null;
    for (let attempt = 0; ; attempt++) {
      await this.bucket.take();
      let waitMs: number;
      try {
        const res = await fetch(url, {
          headers: { 'User-Agent': this.config.userAgent, 'Accept-Encoding': 'gzip, deflate', Accept: '*/*' },
          signal: AbortSignal.timeout(this.policy.timeoutMs),
        });
        if (res.ok) {
          return { url, body: Buffer.from(await res.arrayBuffer()) };
        }
        await res.body?.cancel().catch(() => undefined);
        lastStatus = res.status;
        lastReason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
        if (!retryable(res.status)) throw new EdgarError(`GET ${url}: ${lastReason}`, res.status);
        const retryAfter = retryAfterMs(res.headers.get('retry-after'));
        if (retryAfter !== null && retryAfter > this.policy.maxRetryAfterMs) {
          throw new EdgarError(`GET ${url}: ${lastReason}, and the server asks to wait ${Math.round(retryAfter / 1000)} s`, res.status);
        }
        waitMs = Math.max(this.backoff(attempt), retryAfter ?? 0);
      } catch (e) {
        if (e instanceof EdgarError) throw e;
        lastStatus = null;
        lastReason = networkReason(e);
        waitMs = this.backoff(attempt);
      }
      if (attempt >= this.policy.retries) break;
      this.onRetry({ url, attempt: attempt + 1, reason: lastReason, waitMs });
      await delay(waitMs);
    }
    throw new EdgarError(`GET ${url}: ${lastReason} after ${this.policy.retries + 1} attempts`, lastStatus);
  }

  /** Exponential with "equal jitter": half the step fixed, half random, so waits grow and spread. */
  private backoff(attempt: number): number {
    const step = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** attempt);
    return step / 2 + this.random() * (step / 2);
  }
}

function retryable(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function networkReason(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError') return 'no response within the time limit';
    const cause = (e as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : null;
    return code ? `network error (${code})` : `network error (${e.message})`;
  }
  return `network error (${String(e)})`;
}
