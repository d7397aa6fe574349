import fc from 'fast-check';
import { checkOne, fuzzInput } from './parser-fuzz-inputs';

const RUNS = Number(process.env.SOAK_FUZZ_RUNS ?? 1_000_000);
/** Live heap may grow this much over the whole run; unbounded growth (a leak per input) would pass it by far. */
const HEAP_GROWTH_LIMIT = 256 * 1024 * 1024;

describe('parser fuzz soak', () => {
  it(`${RUNS.toLocaleString('en')} generated and mutated inputs: no crash, no hang, bounded memory`, () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const seed = Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31);
    console.log(`fuzz soak: ${RUNS} inputs, seed ${seed} (SOAK_SEED=${seed} repeats this run)`);
    fc.assert(fc.property(fuzzInput(), checkOne), { numRuns: RUNS, seed });
    gc?.();
    const growth = process.memoryUsage().heapUsed - before;
    console.log(`fuzz soak: live heap grew ${(growth / 1048576).toFixed(1)} MB`);
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);
  });
});
