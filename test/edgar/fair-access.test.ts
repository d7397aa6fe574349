import { edgarConfig } from '../../src/edgar/config';
import { EdgarHttpClient, type RetryNotice } from '../../src/edgar/http-client';
import { cli } from '../helpers/run-cli';
import { maxInAnySecond, TEST_USER_AGENT, useEdgarServer } from './helpers/edgar-server';

const ctx = useEdgarServer('edgar-fair-');

describe('EDGAR fair access, as the server sees it', () => {
  it('never more than 10 requests in any one second, and keeps that rate when responses are slow', async () => {
    // Each answer takes 400 ms: one connection could do 2.5/s; ten in flight keep the bucket's pace.
    ctx.server.latencyMs = 400;
    const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--concurrency', '10', '--quiet', ...ctx.hosts());
    expect(r.status).toBe(0);
    const times = ctx.server.requests.map((q) => q.at);
    expect(times.length).toBe(88 + 2);
    expect(maxInAnySecond(times)).toBeLessThanOrEqual(10);
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
    const rate = (times.length - 1) / seconds;
    // Near the limit (the bucket allows 9.1/s), far above the 2.5/s one connection would manage; a loaded host's late timers cost some.
    expect(rate).toBeGreaterThan(8);
    expect(rate).toBeLessThanOrEqual(10);
  }, 60_000);

  it('--rate lowers the ceiling', async () => {
    const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', '2024-01-01', '--to', '2024-03-31', '--rate', '4', '--quiet', ...ctx.hosts());
    expect(r.status).toBe(0);
    expect(ctx.server.requests.length).toBeGreaterThan(8);
    expect(maxInAnySecond(ctx.server.requests.map((q) => q.at))).toBeLessThanOrEqual(4);
  });

  it('sends the declared User-Agent and accepts gzip on every request', async () => {
    await cli('fetch', '--out', ctx.out, '--ticker', 'AAPL', '--from', '2024-02-01', '--to', '2024-02-29', '--quiet', ...ctx.hosts());
    expect(ctx.server.requests.length).toBeGreaterThan(3);
    for (const q of ctx.server.requests) {
      expect(q.userAgent).toBe(TEST_USER_AGENT);
      expect(q.acceptEncoding).toMatch(/\bgzip\b/);
    }
  });

  it('backs off on 429 (waiting out Retry-After), on 503 and on a dropped connection, then succeeds', async () => {
    const target = '/files/company_tickers.json';
    let seen = 0;
    ctx.server.fault = (path) => {
      if (path !== target) return null;
      seen++;
      if (seen === 1) return { status: 429, headers: { 'retry-after': '1' } };
      if (seen === 2) return { status: 503 };
      if (seen === 3) return { destroy: true };
      return null;
    };
    const notices: RetryNotice[] = [];
    const client = new EdgarHttpClient(
      edgarConfig({ userAgent: TEST_USER_AGENT, edgarUrl: ctx.server.url, dataUrl: ctx.server.url }, {}),
      { retries: 5, baseDelayMs: 200, maxDelayMs: 5000, maxRetryAfterMs: 10_000, timeoutMs: 5000 },
      (n) => notices.push(n),
    );
    const res = await client.get(`${ctx.server.url}${target}`);
    expect(res.body.toString()).toContain('"ticker":"AAPL"');
    expect(notices.map((n) => n.reason)).toEqual(['HTTP 429 Too Many Requests', 'HTTP 503 Service Unavailable', expect.stringMatching(/^network error/)]);
    const t = ctx.server.requests.map((q) => q.at);
    expect(t).toHaveLength(4);
    // Retry-After: 1 is honoured though the back-off alone would be 100-200 ms.
    expect(t[1]! - t[0]!).toBeGreaterThanOrEqual(1000);
    // Then exponential: at least half of 400 ms, then of 800 ms.
    expect(t[2]! - t[1]!).toBeGreaterThanOrEqual(200);
    expect(t[3]! - t[2]!).toBeGreaterThanOrEqual(400);
  });

  it('a 404 is not retried', async () => {
    const client = new EdgarHttpClient(edgarConfig({ userAgent: TEST_USER_AGENT, edgarUrl: ctx.server.url, dataUrl: ctx.server.url }, {}));
    await expect(client.get(`${ctx.server.url}/nothing-here`)).rejects.toThrow(`GET ${ctx.server.url}/nothing-here: HTTP 404 Not Found`);
    expect(ctx.server.requests).toHaveLength(1);
  });

  it('stops with one clear line when EDGAR keeps failing', async () => {
    ctx.server.fault = (path) => (path.endsWith('.txt') ? { status: 503 } : null);
    const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--retries', '1', '--quiet', ...ctx.hosts());
    expect(r.status).toBe(1);
    const errors = r.stderr.filter((l) => l.startsWith('insider-graph:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^insider-graph: fetch: stopped after 3 filings failed in a row; the last: GET ${ctx.server.url}/Archives/edgar/data/320193/\\d{18}/[\\d-]+\\.txt: HTTP 503 Service Unavailable after 2 attempts \\(run the same command again to resume\\)$`),
    );
    expect(r.stderr.at(-1)).toBe(errors[0]);
    // It stopped early: at most the ten in flight when the third failure came, each tried twice.
    expect(ctx.server.requests.filter((q) => q.path.endsWith('.txt')).length).toBeLessThanOrEqual(2 * 12);
  });
});
