import { ensureBuilt } from './helpers/kill-ingest';
import { killAndReingest } from './helpers/faults';

beforeAll(() => ensureBuilt(), 300_000);

test('an ingest SIGKILLed 20 times at random points, then run again, ends identical to a clean ingest', async () => {
  const r = await killAndReingest(20, 20_261_122);
  console.log(`faults: ${r.killedMidway}/${r.kills} runs killed midway (delays ${r.delays.join(', ')} ms; clean ingest ${r.cleanMs} ms)`);
  expect(r.killedMidway).toBeGreaterThanOrEqual(15);
  expect(r.afterKills).toEqual(r.clean);
}, 900_000);
