import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../../src/parser';
import { SEEDS_DIR } from '../helpers/paths';

/**
 * The seeds' expected JSON is independent truth: every key it has must come out exactly; keys it
 * lacks (source, warnings) are the parser's own business.
 */
function compare(expected: unknown, actual: unknown, path: string, diffs: string[]): void {
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') { diffs.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`); return; }
    if (Array.isArray(expected)) {
      const a = actual as unknown[];
      if (!Array.isArray(a) || a.length !== expected.length) { diffs.push(`${path}: expected ${expected.length} items, got ${JSON.stringify(actual)}`); return; }
      expected.forEach((e, i) => compare(e, a[i], `${path}[${i}]`, diffs));
      return;
    }
    for (const [k, v] of Object.entries(expected)) compare(v, (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k, diffs);
    return;
  }
  if (expected !== actual) diffs.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

describe('OCR seeds parse to their expected JSON', () => {
  it('finds the five seeds', () => expect(seeds.length).toBe(5));
  it.each(seeds)('%s', (file) => {
    const expected: unknown = JSON.parse(readFileSync(join(SEEDS_DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'));
    const filing = parseFiling(readFileSync(join(SEEDS_DIR, file)), { filename: file });
    expect(filing.source?.format).toBe('ocr-text');
    const diffs: string[] = [];
    compare(expected, filing, '', diffs);
    expect(diffs).toEqual([]);
  });

  it('warns where 004 had no code and F was inferred from its footnote', () => {
    const file = seeds.find((f) => f.startsWith('004'))!;
    const filing = parseFiling(readFileSync(join(SEEDS_DIR, file)));
    expect(filing.warnings).toContainEqual(expect.objectContaining({ path: 'nonDerivativeTransactions[0].transactionCode' }));
  });

  it('warns where 002 lost the year of its transaction date', () => {
    const file = seeds.find((f) => f.startsWith('002'))!;
    const filing = parseFiling(readFileSync(join(SEEDS_DIR, file)));
    expect(filing.warnings).toContainEqual(expect.objectContaining({ path: 'nonDerivativeTransactions[0].transactionDate' }));
  });
});
