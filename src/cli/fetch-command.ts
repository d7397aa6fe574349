import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_RETRY, EdgarHttpClient } from '../edgar/http-client';
import { EdgarError, EdgarFormatError } from '../edgar/errors';
import { DEFAULT_FETCH, fetchFilings, FetchStoppedError, type FetchEvent } from '../edgar/fetch-filings';
import { FilingFolder } from '../edgar/filing-folder';
import { planFetch, PlanError } from '../edgar/plan';
import { countEvent, fetchBar, fetchLines, fetchSummary, newTally, silentFetch, type FetchReporter, type FetchTally } from '../edgar/progress';
import { OWNERSHIP_FORMS } from '../edgar/selection';
import { ingestInputs, silentReporter, type IngestInput, type IngestSummary } from '../ingest';
import { count, edgarConfigOf, withEdgarOptions, type EdgarOptions } from './edgar-options';
import { UsageError, type CommandIO } from './io';
import { withGraphOption, type GraphOptions } from './graph-option';
import { withStore } from './with-store';

interface FetchOptions extends EdgarOptions, GraphOptions {
  out: string;
  cik?: string[];
  ticker?: string[];
  from?: string;
  to?: string;
  forms: string[];
  amendments: boolean;
  concurrency?: number;
  ingest?: boolean;
  quiet?: boolean;
}

/** Filings per graph transaction while fetching: small, so filings reach the graph soon after they arrive. */
const FETCH_INGEST_BATCH = 50;

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return v;
}

/** --forms 3,4,5 (an /A is ignored: amendments follow --no-amendments). */
export function formsOption(v: string): string[] {
  const list = v.split(',').map((f) => f.trim().toUpperCase().replace(/\/A$/, ''));
  for (const f of list) if (!(OWNERSHIP_FORMS as readonly string[]).includes(f)) throw new InvalidArgumentError(`expected forms among ${OWNERSHIP_FORMS.join(',')}`);
  return [...new Set(list)];
}

export function fetchCommand(io: CommandIO): Command {
  const cmd = withEdgarOptions(
    new Command('fetch')
      .description('Download Forms 3, 4 and 5 (and amendments) from EDGAR into a folder, one submission .txt per accession')
      .requiredOption('--out <dir>', 'the folder to download into (YYYY/<accession>.txt)')
      .option('--cik <ciks...>', 'issuers or reporting owners, through EDGAR\'s submissions API')
      .option('--ticker <tickers...>', 'issuers by ticker, through EDGAR\'s company-tickers file')
      .option('--from <date>', 'filed on or after YYYY-MM-DD', isoDate)
      .option('--to <date>', 'filed on or before YYYY-MM-DD', isoDate)
      .option('--forms <list>', 'forms to fetch', formsOption, ['3', '4', '5'])
      .option('--no-amendments', 'leave out 3/A, 4/A and 5/A')
      .option('--concurrency <n>', `requests in flight at once (default ${DEFAULT_FETCH.concurrency}; the rate limit holds whatever it is)`, count)
      .option('--ingest', 'write the filings into the graph as they arrive')
      .option('--quiet', 'no progress output, only the summary'),
  )
    .addHelpText(
      'after',
      '\nResumable: files already whole on disk are skipped and each file is written whole, so a run stopped at any point and started again ends with the same folder. Exit status 1 when any filing failed or EDGAR kept failing.',
    )
    .action(async (opts: FetchOptions) => {
      const config = edgarConfigOf(opts);
      if (opts.from && opts.to && opts.from > opts.to) throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`);
      const reporter: FetchReporter = opts.quiet ? silentFetch : process.stderr.isTTY ? fetchBar() : fetchLines((l) => io.err(l));
      const client = new EdgarHttpClient(config, { ...DEFAULT_RETRY, ...(opts.retries !== undefined ? { retries: opts.retries } : {}) }, (n) => reporter.retry(n));
      const folder = new FilingFolder(opts.out);
      let tally: FetchTally | undefined;
      let ingested: IngestSummary | undefined;
      try {
        const filings = await planFetch(
          client,
          { ciks: opts.cik ?? [], tickers: opts.ticker ?? [], from: opts.from ?? null, to: opts.to ?? null, forms: opts.forms, amendments: opts.amendments },
          opts.quiet ? undefined : (l) => io.err(`fetch: ${l}`),
        );
        await folder.prepare();
        const t = (tally = newTally(filings.length));
        reporter.update(t);
        const events = (async function* (): AsyncGenerator<FetchEvent> {
          for await (const ev of fetchFilings(client, folder, filings, { ...DEFAULT_FETCH, ...(opts.concurrency ? { concurrency: opts.concurrency } : {}) })) {
            countEvent(t, ev);
            reporter.update(t);
            yield ev;
          }
        })();
        if (opts.ingest) {
          ingested = await withStore(io, (store) => ingestInputs(toIngestInputs(events), { store, batchSize: FETCH_INGEST_BATCH, reporter: silentReporter, parseWorkers: 0 }), { data: opts.data, create: true });
        } else {
          for await (const _ of events);
        }
        await folder.finish();
      } catch (e) {
        reporter.finish(tally ?? newTally(0));
        if (e instanceof PlanError || e instanceof EdgarError || e instanceof EdgarFormatError || e instanceof FetchStoppedError) {
          if (tally) io.err(fetchSummary(tally));
          io.err(`insider-graph: fetch: ${e.message}${tally ? ' (run the same command again to resume)' : ''}`);
          io.exitCode = 1;
          return;
        }
        throw e;
      }
      reporter.finish(tally);
      for (const f of tally.failed) io.err(`insider-graph: fetch: ${f.accession}: ${f.reason}`);
      io.err(fetchSummary(tally));
      if (ingested) {
        for (const f of ingested.failures) io.err(`insider-graph: ${f.origin}: ${f.message} (${f.code})`);
        io.err(`ingested ${ingested.written} new filings (${ingested.skipped} already in the graph, ${ingested.failures.length} failed) on ${ingested.engine}`);
      }
      io.exitCode = tally.failed.length > 0 || (ingested?.failures.length ?? 0) > 0 || (opts.ingest && !ingested) ? 1 : 0;
    });
  return withGraphOption(cmd);
}

async function* toIngestInputs(events: AsyncIterable<FetchEvent>): AsyncGenerator<IngestInput> {
  for await (const ev of events) if (ev.kind !== 'failed') yield { origin: ev.path, path: ev.path };
}
