import { expandFilingPaths } from '../../src/files/filing-paths';
import { runIngest } from '../../src/ingest';
import { storeFingerprint, type GraphFingerprint } from '../helpers/graph-fingerprint';
import { CORPUS_DIR, SEEDS_DIR } from '../helpers/paths';
import { openTestStore } from './helpers/store';

async function graphOf(engine: 'under-test' | 'grafeo', files: string[], batchSize: number): Promise<GraphFingerprint> {
  const { store, dispose } = await openTestStore(engine === 'grafeo' ? 'grafeo' : undefined);
  try {
    const summary = await runIngest(files, { store, batchSize });
    expect(summary.failures).toEqual([]);
    return await storeFingerprint(store);
  } finally {
    await dispose();
  }
}

// The same filings make the same graph on Neo4j as on the embedded engine: every node, relationship and
// property, whatever the order and batch size on either side (ingest-order.test.ts checks orders on each
// engine alone; this ties the two together).
describe('Neo4j and Grafeo build the same graph', () => {
  const files = expandFilingPaths([CORPUS_DIR, SEEDS_DIR]);
  const interleaved = [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)];

  it('the corpus and the seeds: one batch on each, then batches of 7 backwards on Neo4j against one by one interleaved on Grafeo', async () => {
    const grafeo = await graphOf('grafeo', files, 10_000);
    expect(grafeo.labels.Transaction).toBeGreaterThan(500);
    expect(await graphOf('under-test', files, 10_000)).toEqual(grafeo);
    expect(await graphOf('under-test', [...files].reverse(), 7)).toEqual(await graphOf('grafeo', interleaved, 1));
  }, 600_000);
});
