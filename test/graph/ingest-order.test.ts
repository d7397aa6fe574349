import { expandFilingPaths } from '../../src/files/filing-paths';
import { CORPUS_DIR, SEEDS_DIR } from '../helpers/paths';
import { graphOf } from './helpers/store';

// Holdings and options are derived from all of a person's rows at an issuer; what they say must not
// depend on which rows happened to arrive in the same batch, nor on the order of the files.
describe('the graph does not depend on batch size or file order', () => {
  const files = expandFilingPaths([CORPUS_DIR, SEEDS_DIR]);

  it('the corpus and the seeds in one batch, in batches of 7 backwards, and one by one shuffled', async () => {
    const oneBatch = await graphOf(files, 10_000);
    expect(oneBatch.labels.Transaction).toBeGreaterThan(500);
    expect(oneBatch.labels.Option).toBeGreaterThan(20);
    expect(await graphOf([...files].reverse(), 7)).toEqual(oneBatch);
    // A fixed interleaving (odd positions, then even ones), so a failure can be repeated.
    const shuffled = [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)];
    expect(await graphOf(shuffled, 1)).toEqual(oneBatch);
  }, 300_000);
});
