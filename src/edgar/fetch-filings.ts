import { submissionTextUrl } from './endpoints';
import { EdgarError } from './errors';
import type { EdgarHttpClient } from './http-client';
import { isWholeSubmission, type FilingFolder } from './filing-folder';
import type { ListedFiling } from './listings';

export type FetchEvent =
  /** bytes: as written to disk (decoded). */
  | { kind: 'fetched'; filing: ListedFiling; path: string; bytes: number }
  | { kind: 'skipped'; filing: ListedFiling; path: string }
  /** transient: a server or network error (the host may be down), not a refusal of this filing. */
  | { kind: 'failed'; filing: ListedFiling; reason: string; transient: boolean };

/** Too many requests failed in a row: EDGAR (or the way to it) is down; the run stops. */
export class FetchStoppedError extends Error {
  override readonly name = 'FetchStoppedError';
}

export interface FetchFilingsOptions {
  /** Requests in flight at once; the token bucket still caps the rate. */
  concurrency: number;
  /** This many filings failing in a row on server or network errors stops the run. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_FETCH: FetchFilingsOptions = { concurrency: 10, maxConsecutiveFailures: 3 };

/**
 * Downloads each filing not already whole on disk, several at a time, and says what became of each
 * as it completes. A filing that fails is reported and the others go on, unless failures come in a
 * row (then the host is down and going on would only hammer it).
 */
export async function* fetchFilings(
  client: EdgarHttpClient,
  folder: FilingFolder,
  filings: ListedFiling[],
  options: FetchFilingsOptions = DEFAULT_FETCH,
): AsyncGenerator<FetchEvent> {
  const one = async (filing: ListedFiling): Promise<FetchEvent> => {
    if (await folder.isComplete(filing.accession)) return { kind: 'skipped', filing, path: folder.pathOf(filing.accession) };
    const url = submissionTextUrl(client.config, filing.cik, filing.accession);
    try {
      const res = await client.get(url);
      if (!isWholeSubmission(res.body)) return { kind: 'failed', filing, reason: `GET ${url}: not a whole submission text (${res.body.length} bytes)`, transient: false };
      return { kind: 'fetched', filing, path: await folder.write(filing.accession, res.body), bytes: res.body.length };
    } catch (e) {
      if (e instanceof EdgarError) return { kind: 'failed', filing, reason: e.message, transient: e.status === null || e.status >= 429 };
      throw e;
    }
  };

  const inFlight = new Map<number, Promise<[number, FetchEvent]>>();
  let next = 0;
  let failedInRow = 0;
  const start = (): void => {
    const i = next++;
    inFlight.set(i, one(filings[i]!).then((ev) => [i, ev]));
  };
  while (next < filings.length && inFlight.size < Math.max(1, options.concurrency)) start();
  while (inFlight.size > 0) {
    const [i, ev] = await Promise.race(inFlight.values());
    inFlight.delete(i);
    if (ev.kind === 'failed' && ev.transient) failedInRow++;
    else if (ev.kind !== 'failed') failedInRow = 0;
    yield ev;
    if (ev.kind === 'failed' && failedInRow >= options.maxConsecutiveFailures) {
      await Promise.allSettled(inFlight.values());
      throw new FetchStoppedError(`stopped after ${failedInRow} filings failed in a row; the last: ${ev.reason}`);
    }
    if (next < filings.length) start();
  }
}
