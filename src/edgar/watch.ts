import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { latestFilingsUrl, submissionTextUrl } from './endpoints';
import { EdgarError, EdgarFormatError } from './errors';
import type { EdgarHttpClient } from './http-client';
import { isWholeSubmission, type FilingFolder } from './filing-folder';
import { parseLatestFilingsFeed, type FeedEntry } from './listings';
import { wantedForms } from './selection';

/** Where a watched filing goes: the graph directly, or a running server's ingestFiling. */
export interface FilingSink {
  readonly description: string;
  /** 'written' or 'skipped' (already there); throws SinkError when it cannot take it. */
  write(accession: string, body: Buffer): Promise<'written' | 'skipped'>;
}

export class SinkError extends Error {
  override readonly name = 'SinkError';
  constructor(
    message: string,
    /** retry: worth trying again at the next poll (the server or the graph was not there); else the filing is refused for good. */
    readonly retry: boolean,
    /** fatal: nothing will work until a person fixes it (a wrong token): the watch stops. */
    readonly fatal = false,
  ) {
    super(message);
  }
}

export interface WatchOptions {
  forms: string[];
  amendments: boolean;
  everyMs: number;
  /** Also keep each filing in this folder (as fetch does). */
  folder?: FilingFolder;
  sink: FilingSink;
  log: (line: string) => void;
  signal: AbortSignal;
  /** One poll, then return (for cron and tests). */
  once?: boolean;
}

export interface WatchTally {
  polls: number;
  written: number;
  skipped: number;
  failed: number;
}

/** Accessions remembered as done; the feed shows at most a few hundred, so a few thousand is plenty. */
const REMEMBER = 5000;

/**
 * Polls EDGAR's latest-filings feed for the chosen forms, fetches what it has not seen and hands it to
 * the sink. Nothing stops it but the signal or a fatal sink error: a feed or a filing that cannot be
 * read now (the network gone, EDGAR down) is one line and is tried again at the next poll.
 */
export async function watchFilings(client: EdgarHttpClient, o: WatchOptions): Promise<WatchTally> {
  const wanted = wantedForms(o);
  const seen = new Set<string>();
  const tally: WatchTally = { polls: 0, written: 0, skipped: 0, failed: 0 };
  const every = `${Math.round(o.everyMs / 1000)} s`;
  while (!o.signal.aborted) {
    tally.polls++;
    let entries: FeedEntry[] | null = [];
    try {
      for (const form of o.forms) {
        const url = latestFilingsUrl(client.config, form);
        entries.push(...parseLatestFilingsFeed((await client.get(url)).body, url));
      }
    } catch (e) {
      if (!(e instanceof EdgarError || e instanceof EdgarFormatError)) throw e;
      o.log(`watch: the latest-filings feed could not be read: ${e.message}; trying again in ${every}`);
      entries = null;
    }
    const fresh = new Map<string, FeedEntry>();
    for (const e of entries ?? []) if (wanted.has(e.form) && !seen.has(e.accession) && !fresh.has(e.accession)) fresh.set(e.accession, e);
    // The feed is newest first; ingest oldest first, as they were filed.
    for (const entry of [...fresh.values()].reverse()) {
      if (o.signal.aborted) break;
      const outcome = await takeOne(client, o, entry);
      if (outcome === 'retry') continue;
      if (outcome === 'failed') tally.failed++;
      else tally[outcome]++;
      seen.add(entry.accession);
      if (seen.size > REMEMBER) seen.delete(seen.values().next().value!);
    }
    if (o.once) break;
    await delay(o.everyMs, undefined, { signal: o.signal }).catch(() => undefined);
  }
  return tally;
}

async function takeOne(client: EdgarHttpClient, o: WatchOptions, entry: FeedEntry): Promise<'written' | 'skipped' | 'failed' | 'retry'> {
  const url = submissionTextUrl(client.config, entry.cik, entry.accession);
  let body: Buffer;
  try {
    if (o.folder && (await o.folder.isComplete(entry.accession))) body = await readFile(o.folder.pathOf(entry.accession));
    else {
      body = (await client.get(url)).body;
      if (!isWholeSubmission(body)) {
        o.log(`watch: ${entry.accession}: GET ${url}: not a whole submission text; trying again at the next poll`);
        return 'retry';
      }
      if (o.folder) await o.folder.write(entry.accession, body);
    }
  } catch (e) {
    if (!(e instanceof EdgarError)) throw e;
    o.log(`watch: ${entry.accession}: ${e.message}; trying again at the next poll`);
    return 'retry';
  }
  try {
    const result = await o.sink.write(entry.accession, body);
    o.log(`watch: ${entry.accession} (Form ${entry.form}, filed ${entry.filingDate ?? '?'}) ${result === 'written' ? 'ingested' : 'already in the graph'}`);
    return result;
  } catch (e) {
    if (!(e instanceof SinkError)) throw e;
    if (e.fatal) throw e;
    o.log(`watch: ${entry.accession}: ${e.message}${e.retry ? '; trying again at the next poll' : ''}`);
    return e.retry ? 'retry' : 'failed';
  }
}
