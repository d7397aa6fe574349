import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { filingSchema, parseFiling } from '../../src/parser';
import { CORPUS_DIR, SCHEMA_FILE, corpusFilingFiles } from '../helpers/paths';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const files = corpusFilingFiles();

describe('the JSON-schema contract itself', () => {
  test('the corpus is where the helper says and holds the filings SOURCES.md counts', () => {
    // 80 rs-kellogg + 88 stockwise + 6 DarkMindFX + 6 syeo + 5 go-edgar + 7 edgartools ownership files.
    expect(files.length).toBeGreaterThanOrEqual(192);
  });

  test('the validator rejects what the contract forbids (so a pass below means something)', () => {
    const ok = parseFiling(readFileSync(files[0]!), { filename: files[0]! });
    expect(validate(ok)).toBe(true);
    const bad = (mutate: (f: Record<string, unknown>) => void): boolean => {
      const copy = JSON.parse(JSON.stringify(ok)) as Record<string, unknown>;
      mutate(copy);
      return validate(copy) as boolean;
    };
    expect(bad((f) => { f['periodOfReport'] = '05/01/2020'; })).toBe(false);
    expect(bad((f) => { f['documentType'] = '4A'; })).toBe(false);
    expect(bad((f) => { (f['issuer'] as Record<string, unknown>)['cik'] = '320193'; })).toBe(false);
    expect(bad((f) => { f['reportingOwners'] = []; })).toBe(false);
    expect(bad((f) => { delete f['remarks']; })).toBe(false);
    expect(bad((f) => { f['footnotes'] = [{ id: '1', text: 'x' }]; })).toBe(false);
    expect(bad((f) => { f['nonDerivativeTransactions'] = [{ securityTitle: 'Common' }]; })).toBe(false);
    expect(filingSchema.safeParse({ ...ok, periodOfReport: '2020-1-1' }).success).toBe(false);
  });
});

describe.each(files.map((f) => [relative(CORPUS_DIR, f), f] as const))('%s', (_name, file) => {
  const filing = parseFiling(readFileSync(file), { filename: file });

  test('validates against ../shared/schema/filing.schema.json (ajv, draft 2020-12)', () => {
    const valid = validate(filing);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('validates against the zod filingSchema', () => {
    const result = filingSchema.safeParse(filing);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('reads every value without a warning', () => {
    expect(filing.warnings ?? []).toEqual([]);
  });
});
