import { connect } from 'node:net';
import { tokenMatches } from '../../src/server/auth';
import { corsOriginsFromEnv } from '../../src/server/http-limits';
import { seedInputs, startTestApi, type GqlResponse, type TestApi } from '../api/helpers/api';

const WRITE = 'w-9f2c1e77d4b04a5e8b1f-secret';
const CYPHER = 'c-3a7d55e0c1f94b2aa6e1-secret';
const ALLOWED = 'https://explorer.example.org';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(
    { writeToken: WRITE, cypherToken: CYPHER, maxBodyBytes: 1024 * 1024, corsOrigins: [ALLOWED], http: { headersTimeoutMs: 600, requestTimeoutMs: 1200 } },
    seedInputs(),
  );
}, 120_000);
afterAll(() => api?.dispose());

const codes = (r: GqlResponse): Array<string | undefined> => (r.errors ?? []).map((e) => e.extensions?.code);
const INGEST = `mutation { ingestFiling(document: "not a filing") { id } }`;
const CYPHER_Q = `mutation { cypher(query: "MATCH (n) RETURN count(n) AS n") { rows } }`;

describe('tokens', () => {
  it.each([
    ['no token', undefined],
    ['a wrong token of the same length', WRITE.replace(/.$/, 'X')],
    ['the token with a suffix', `${WRITE}x`],
    ['a prefix of the token', WRITE.slice(0, 8)],
    ['the other endpoint’s token', CYPHER],
  ])('ingestFiling refuses %s with UNAUTHENTICATED', async (_n, token) => {
    expect(codes(await api.gql(INGEST, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['no token', undefined],
    ['a wrong token of the same length', CYPHER.replace(/.$/, 'X')],
    ['the write token', WRITE],
  ])('cypher refuses %s with UNAUTHENTICATED', async (_n, token) => {
    expect(codes(await api.gql(CYPHER_Q, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('the right tokens pass', async () => {
    expect(codes(await api.gql(INGEST, {}, WRITE))).toEqual(['BAD_USER_INPUT']);
    expect((await api.gql(CYPHER_Q, {}, CYPHER)).errors).toBeUndefined();
  });

  it('compares digests, so tokens of any length are compared without throwing or short-circuiting', () => {
    expect(tokenMatches('a', 'a'.repeat(1000))).toBe(false);
    expect(tokenMatches('a'.repeat(1000), 'a'.repeat(1000))).toBe(true);
    expect(tokenMatches('', 'x')).toBe(false);
    expect(tokenMatches(null, 'x')).toBe(false);
  });

  it('tokens never appear in the server’s log output', async () => {
    const captured: string[] = [];
    const streams = [process.stdout, process.stderr] as const;
    const originals = streams.map((s) => s.write.bind(s));
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const consoleOriginals = methods.map((m) => console[m]);
    // Captures everything the process prints while the requests run; the server runs in this process.
    streams.forEach((s) => {
      s.write = ((chunk: string | Uint8Array) => (captured.push(String(chunk)), true)) as typeof s.write;
    });
    methods.forEach((m) => {
      console[m] = (...a: unknown[]) => void captured.push(a.map(String).join(' '));
    });
    try {
      for (const token of [WRITE, CYPHER, `${WRITE}-wrong`, `${CYPHER}-wrong`]) {
        await api.gql(INGEST, {}, token);
        await api.gql(CYPHER_Q, {}, token);
        await api.gql(`mutation { cypher(query: "MATCH (n) DETACH DELETE n") { rows } }`, {}, token);
        await api.gql('{ broken', {}, token);
      }
    } finally {
      streams.forEach((s, i) => (s.write = originals[i]!));
      methods.forEach((m, i) => (console[m] = consoleOriginals[i]!));
    }
    const all = captured.join('\n');
    for (const secret of [WRITE, CYPHER, WRITE.slice(2, 22), CYPHER.slice(2, 22)]) expect(all.includes(secret)).toBe(false);
  });
});

describe('HTTP limits', () => {
  it('a body over the limit is a 413 with PAYLOAD_TOO_LARGE, as JSON, without a stack', async () => {
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE}` },
      body: JSON.stringify({ query: INGEST, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as GqlResponse;
    expect(codes(body)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(body.errors![0]!.message).toBe('request body over the 1048576 byte limit');
  });

  it('a body that is not JSON is a 400 BAD_REQUEST as JSON', async () => {
    const res = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'malformed request body: expected JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('a client that never finishes its headers is cut off at the header timeout', async () => {
    const t0 = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const sock = connect(api.server.port, '127.0.0.1', () => sock.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'));
      let got = '';
      sock.on('data', (d) => (got += String(d)));
      sock.on('close', () => resolve(got));
      sock.on('error', reject);
      setTimeout(() => (sock.destroy(), reject(new Error('still open after 10 s'))), 10_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - t0).toBeLessThan(5_000);
  }, 15_000);
});

describe('CORS', () => {
  const preflight = (origin: string): Promise<Response> =>
    fetch(api.server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('answers a configured origin’s preflight and requests', async () => {
    const pre = await preflight(ALLOWED);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const res = await fetch(api.server.url, { method: 'POST', headers: { origin: ALLOWED, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives any other origin no CORS header (browsers then block it)', async () => {
    const pre = await preflight('https://evil.example.com');
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(api.server.url, { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('reads INSIDER_GRAPH_CORS_ORIGINS as a comma-separated list, empty by default', () => {
    expect(corsOriginsFromEnv(undefined)).toEqual([]);
    expect(corsOriginsFromEnv('')).toEqual([]);
    expect(corsOriginsFromEnv(' https://a.example/ , http://localhost:5173 ')).toEqual(['https://a.example', 'http://localhost:5173']);
  });
});
