import { Writable } from 'node:stream';
import pino from 'pino';
import { startServer } from '../../src/server';
import { openTestStore } from '../graph/helpers/store';

/** pino's JSON lines, kept in memory. */
function memoryLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ name: 'serve' }, sink), lines };
}

async function post(url: string, query: string): Promise<{ errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

test('an error hidden from the client as "internal error" is logged with its cause and stack; client errors are not', async () => {
  const { store, dispose } = await openTestStore();
  const { logger, lines } = memoryLogger();
  const server = await startServer({ store, port: 0, logger, web: false });
  try {
    // Client errors: a name that matches nothing, a bad argument, a query over the depth limit.
    expect((await post(server.url, '{ person(cik: "0000000001") { name } }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await post(server.url, '{ issuers(first: -1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await post(server.url, '{ nope }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(lines).toEqual([]);

    // The store gone: the client learns only that it failed, the log says why and where.
    await store.close();
    const r = await post(server.url, 'query Listing { issuers(first: 1) { totalCount } }');
    expect(r.errors).toEqual([expect.objectContaining({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    await new Promise((done) => setImmediate(done));
    expect(lines).toHaveLength(1);
    const line = lines[0] as { level: number; name: string; msg: string; path: string; operationName: string; err: { message: string; stack: string } };
    expect({ level: line.level, name: line.name, msg: line.msg, path: line.path, operationName: line.operationName }).toEqual({
      level: 50,
      name: 'serve',
      msg: 'request failed',
      path: 'issuers',
      operationName: 'Listing',
    });
    expect(line.err.message).toBe('the graph store is closed');
    expect(line.err.stack).toMatch(/\n\s+at /);
  } finally {
    await server.close();
    await dispose();
  }
});
