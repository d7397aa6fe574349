import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { graphConfigFromEnv } from '../../src/graph/config';
import { GrafeoStore } from '../../src/graph/grafeo-store';
import { GraphStoreError } from '../../src/graph/store';
import * as Q from '../../src/graph/cypher/queries';
import { ingestInputs } from '../../src/ingest';
import { logReporter } from '../../src/ingest/progress';
import { seedInput } from './helpers/seeds';
import { read } from './helpers/store';
import type { IngestSummary } from '../../src/ingest/summary';

describe('graph configuration from the environment', () => {
  it('defaults to Grafeo in ./data/graph', () => {
    expect(graphConfigFromEnv({})).toEqual({ engine: 'grafeo', dataDir: resolve('./data/graph') });
  });
  it('takes INSIDER_GRAPH_DATA', () => {
    expect(graphConfigFromEnv({ INSIDER_GRAPH_DATA: '/srv/graph' })).toEqual({ engine: 'grafeo', dataDir: '/srv/graph' });
  });
  it('selects Neo4j by NEO4J_URI, with user, password and database', () => {
    expect(graphConfigFromEnv({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'insiders' })).toEqual({
      engine: 'neo4j', uri: 'neo4j+s://x.databases.neo4j.io', user: 'u', password: 'p', database: 'insiders',
    });
  });
  it('refuses a URI that is not bolt or neo4j', () => {
    expect(() => graphConfigFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(GraphStoreError);
  });
});

describe('one process owns an embedded graph', () => {
  it('a second open of the same directory says clearly that it is in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insider-graph-lock-'));
    const first = await GrafeoStore.open(dir);
    try {
      await expect(GrafeoStore.open(dir)).rejects.toMatchObject({ code: 'IN_USE', message: expect.stringContaining('in use by another process') });
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the embedded graph persists', () => {
  it('what one process ingested is there when the next opens the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insider-graph-persist-'));
    try {
      const first = await GrafeoStore.open(dir);
      await ingestInputs([seedInput('000'), seedInput('001')], { store: first });
      await first.close();
      const second = await GrafeoStore.open(dir);
      try {
        expect(await read(second, Q.COUNT_CURRENT_TRANSACTIONS)).toEqual([{ n: 2 }]);
        expect((await read(second, Q.PERSONS_BY_NAME, { name: 'dillon' })).map((p) => p.filings)).toEqual([2]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the log reporter (what a CLI prints when stderr is not a terminal)', () => {
  it('writes progress and a summary as JSON lines, counting failures (the command prints each once itself)', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(...chunk.toString().trim().split('\n')); done(); } });
    const reporter = logReporter(pino({ base: null, timestamp: false }, sink), 0);
    reporter.update({ files: 2, total: 3, written: 1, skipped: 0, errors: 1, transactions: 4, elapsedMs: 500 });
    const summary: IngestSummary = {
      engine: 'grafeo', files: 3, written: 2, skipped: 0, transactions: 5, durationMs: 1000, filingsPerSecond: 2, transactionsPerSecond: 5,
      failures: [{ origin: 'x.xml', stage: 'parse', code: 'MALFORMED_XML', message: 'bad' }], warnings: [],
    };
    reporter.finish(summary);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.msg)).toEqual(['ingest progress', 'ingest done']);
    expect(parsed[0]).toMatchObject({ files: 2, written: 1, filingsPerSecond: 2 });
    expect(parsed[1]).toMatchObject({ written: 2, failures: 1 });
  });
});
