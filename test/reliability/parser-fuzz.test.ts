import fc from 'fast-check';
import { checkOne, fuzzInput } from './parser-fuzz-inputs';

/** The seeded 10,000 of the fuzz run; `npm run test:soak` runs 1,000,000 with other seeds. */
describe('parser fuzz (seeded)', () => {
  it('10,000 mutated XML, submission and OCR documents are parsed or refused with a one-line ParseError', () => {
    fc.assert(fc.property(fuzzInput(), checkOne), { numRuns: 10_000, seed: 20261122 });
  });
});
