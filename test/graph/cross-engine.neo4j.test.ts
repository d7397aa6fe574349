import { expandFilingPaths } from '../../src/files/filing-paths';
import { CORPUS_DIR, SEEDS_DIR } from '../helpers/paths';
import { graphOf } from './helpers/store';

// The same filings make the same graph on Neo4j as on the embedded engine: every node, relationship and
// property, whatever the order and batch size on either side (ingest-order.test.ts checks orders on each
// engine alone; this ties the two together).
describe('Neo4j and Grafeo build the same graph', () => {
  const files = expandFilingPaths([CORPUS_DIR, SEEDS_DIR]);
  const interleaved = [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)];

  it('the corpus and the seeds: one batch on each, then batches of 7 backwards on Neo4j against one by one interleaved on Grafeo', async () => {
    const grafeo = await graphOf(files, 10_000, 'grafeo');
    expect(grafeo.labels.Transaction).toBeGreaterThan(500);
    expect(await graphOf(files, 10_000)).toEqual(grafeo);
    expect(await graphOf([...files].reverse(), 7)).toEqual(await graphOf(interleaved, 1, 'grafeo'));
  }, 600_000);
});
