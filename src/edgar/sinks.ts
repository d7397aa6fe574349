import type { GraphStore } from '../graph/store';
import { GraphStoreError } from '../graph/store';
import { ingestInputs } from '../ingest';
import { SinkError, type FilingSink } from './watch';

/** Straight into a graph this process holds. */
export function storeSink(store: GraphStore): FilingSink {
  return {
    description: `the ${store.engine} graph`,
    async write(accession, body) {
      let s;
      try {
        s = await ingestInputs([{ origin: `${accession}.txt`, bytes: body }], { store, batchSize: 1, parseWorkers: 0 });
      } catch (e) {
        if (e instanceof GraphStoreError) throw new SinkError(`the graph refused it: ${e.message}`, true);
        throw e;
      }
      const f = s.failures[0];
      if (f) throw new SinkError(`not ingested: ${f.message} (${f.code})`, f.stage === 'write');
      return s.written > 0 ? 'written' : 'skipped';
    },
  };
}

const MUTATION = 'mutation Ingest($document: String!, $filename: String) { ingestFiling(document: $document, filename: $filename) { id accessionNumber } }';

/** The text of a submission as the server will read it: UTF-8 where it is, else Latin-1 (older filings). */
function documentText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return body.toString('latin1');
  }
}

/**
 * Through a running `insider-graph serve` (which holds the embedded graph, so no other process may open
 * it): the token-guarded ingestFiling mutation, one filing a request.
 */
export function serverSink(url: string, token: string, timeoutMs = 30_000): FilingSink {
  return {
    description: url,
    async write(accession, body) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: MUTATION, variables: { document: documentText(body), filename: `${accession}.txt` } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        throw new SinkError(`the server at ${url} did not answer (${e instanceof Error ? e.message : String(e)})`, true);
      }
      let json: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      try {
        json = (await res.json()) as typeof json;
      } catch {
        throw new SinkError(`the server at ${url} answered HTTP ${res.status} without GraphQL`, true);
      }
      const err = json.errors?.[0];
      if (!err) return 'written';
      const code = err.extensions?.code;
      if (code === 'UNAUTHENTICATED') throw new SinkError(`the server refused the write token: ${err.message}`, false, true);
      if (code === 'BAD_USER_INPUT') throw new SinkError(`the server refused it: ${err.message}`, false);
      throw new SinkError(`the server could not ingest it: ${err.message}${code ? ` (${code})` : ''}`, true);
    },
  };
}
