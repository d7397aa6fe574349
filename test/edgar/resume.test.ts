import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../helpers/paths';
import { ensureBuilt, runCliChild, seededDelays } from '../reliability/helpers/kill-ingest';
import { startEdgarServer, type EdgarTestServer } from './helpers/edgar-server';

let server: EdgarTestServer;
const dirs: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  server = await startEdgarServer();
}, 120_000);
afterAll(async () => {
  await server.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function fetchChild(out: string, killAfterMs?: number): ReturnType<typeof runCliChild> {
  const args = ['fetch', '--out', out, '--ticker', 'AAPL', '--quiet', '--edgar-url', server.url, '--data-url', server.url, '--user-agent', 'Resume Test resume@example.com'];
  return runCliChild(args, process.env, killAfterMs);
}

/** Every file below the folder (hidden ones too) with the sha256 of its bytes. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of filesUnder(dir)) out[f.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(f)).digest('hex');
  return out;
}

const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'edgar-resume-'));
  dirs.push(d);
  return d;
};

it('a fetch SIGKILLed at five random points and started again each time ends with the folder of an uninterrupted run', async () => {
  // Slow answers widen the window in which a kill lands mid-download.
  server.latencyMs = 150;
  const reference = tempDir();
  const whole = await fetchChild(reference);
  expect(whole.code).toBe(0);
  const expected = listing(reference);
  expect(Object.keys(expected)).toHaveLength(88);

  const out = tempDir();
  const kills = seededDelays(20261207, 5, 400, 8000);
  let killed = 0;
  for (const ms of kills) {
    const r = await fetchChild(out, ms);
    if (r.signal === 'SIGKILL') killed++;
    // What a killed run leaves under final names is whole: every file there is byte-identical to the reference.
    const now = listing(out);
    for (const [name, hash] of Object.entries(now)) if (!name.startsWith('.partial/')) expect(hash).toBe(expected[name]);
  }
  expect(killed).toBeGreaterThanOrEqual(4);
  const last = await fetchChild(out);
  expect(last.code).toBe(0);
  expect(listing(out)).toEqual(expected);
  expect(existsSync(join(out, '.partial'))).toBe(false);
}, 180_000);
