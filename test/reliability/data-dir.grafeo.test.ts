import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from '../helpers/paths';
import { ensureBuilt, runIngest } from './helpers/kill-ingest';

beforeAll(() => ensureBuilt(), 300_000);

// Root writes through chmod, so an unwritable place is made with a file where the data directory's parent should be.
test('a data directory that cannot be created is one clear line, exit status 1, and no graph', async () => {
  const root = mkdtempSync(join(tmpdir(), 'insider-graph-unwritable-'));
  try {
    writeFileSync(join(root, 'file'), '');
    const dataDir = join(root, 'file', 'graph');
    const r = await runIngest(dataDir, [CORPUS_DIR]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([`insider-graph: cannot create the graph's data directory ${dataDir} (INSIDER_GRAPH_DATA): ENOTDIR: not a directory, mkdir '${dataDir}'`]);
    expect(readdirSync(root)).toEqual(['file']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 60_000);
