import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isParseError } from '../parser';
import { parseInput, type IngestInput } from './sources';
import type { IngestFailure } from './summary';
import type { ParsedFiling } from './types';

export type ParsedResult = { ok: true; parsed: ParsedFiling } | { ok: false; failure: IngestFailure };

/** Turns a batch of inputs into filings or failures, in input order. */
export interface BatchParser {
  parse(inputs: IngestInput[]): Promise<ParsedResult[]>;
  close(): Promise<void>;
}

export function parseOne(input: IngestInput): ParsedResult {
  try {
    return { ok: true, parsed: parseInput(input) };
  } catch (e) {
    return {
      ok: false,
      failure: {
        origin: input.origin,
        stage: isParseError(e) ? 'parse' : 'read',
        code: isParseError(e) ? e.code : 'READ_FAILED',
        message: e instanceof Error ? e.message : String(e),
      },
    };
  }
}

export const inlineParser: BatchParser = {
  parse: async (inputs) => inputs.map(parseOne),
  close: async () => undefined,
};

const WORKER_FILE = join(__dirname, 'parse-worker.js');

/**
 * How many parse workers by default: all cores but the one feeding the graph, and none when running
 * from TypeScript sources (under jest there is no compiled worker to start).
 */
export function defaultParseWorkers(): number {
  return existsSync(WORKER_FILE) ? Math.max(1, cpus().length - 1) : 0;
}

/**
 * Parsing on worker threads. Parsing costs about as much as writing, and a statement's completion
 * waits for the main thread: parsing there stalls the writes, on a worker it overlaps them.
 */
export function workerParser(count: number): BatchParser {
  const workers = Array.from({ length: count }, () => new Worker(WORKER_FILE));
  const waiting = new Map<number, { resolve: (r: ParsedResult[]) => void; reject: (e: unknown) => void }>();
  for (const w of workers) {
    w.on('message', (m: { id: number; results: ParsedResult[] }) => {
      waiting.get(m.id)?.resolve(m.results);
      waiting.delete(m.id);
    });
    w.on('error', (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  }
  let next = 0;
  return {
    parse(inputs) {
      const id = next++;
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, inputs });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
