import { ensureBuilt } from './helpers/kill-ingest';
import { killAndReingest } from './helpers/faults';

beforeAll(() => ensureBuilt(), 300_000);

// 3 kills here; the soak run (faults.soak.ts) does 20.
test('an ingest SIGKILLed 3 times at random points, then run again, ends identical to a clean ingest', async () => {
  const r = await killAndReingest(3, 7);
  expect(r.killedMidway).toBeGreaterThanOrEqual(2);
  expect(r.clean.labels.Filing).toBeGreaterThan(100);
  expect(r.afterKills).toEqual(r.clean);
}, 180_000);
