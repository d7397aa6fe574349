import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import type { IngestInput } from '../../src/ingest/sources';
import { CORPUS_DIR } from '../helpers/paths';
import { openTestStore, read } from './helpers/store';

/*
 * One filing in two containers: Deirdre O'Brien's Form 4 0000320193-23-000079 (Apple), the EDGAR
 * submission full-submission.txt from the corpus, and its ownership document saved alone as
 * primary_doc.xml. The fixture is made by cutting the text between <XML> and </XML> out of the
 * submission (trimmed), under a name that carries no accession number, as a browser download of
 * EDGAR's primary_doc.xml is. Read by eye: Table I has 3 transactions (A 31,896; S 16,477 at 181.99;
 * S 15,419 at 178.56, leaving 136,445), Table II 1 (RSU, M 31,896, 0 left).
 */
const SUBMISSION_FILE = join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000079/full-submission.txt');
const submissionBytes = readFileSync(SUBMISSION_FILE);
const text = submissionBytes.toString('utf8');
const xml = text.slice(text.indexOf('<XML>') + '<XML>'.length, text.indexOf('</XML>')).trim();

const submission: IngestInput = { origin: SUBMISSION_FILE, bytes: submissionBytes };
const primaryDoc: IngestInput = { origin: 'downloads/primary_doc.xml', bytes: Buffer.from(xml, 'utf8') };

const OBRIEN = 'cik:0001767094';

describe.each([
  ['the document alone first, the submission in a later batch', [[primaryDoc], [submission]]],
  ['the submission first, the document alone in a later batch', [[submission], [primaryDoc]]],
  ['both in one batch, the document alone first', [[primaryDoc, submission]]],
  ['both in one batch, the submission first', [[submission, primaryDoc]]],
])('a submission and its primary_doc.xml: %s', (_label, batches) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let skipped = 0;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    for (const batch of batches) {
      const summary = await ingestInputs(batch, { store });
      expect(summary.failures).toEqual([]);
      skipped += summary.skipped;
    }
  });
  afterAll(() => dispose());

  it('is one filing, keyed by the accession number', async () => {
    expect(await read(store, Q.FILINGS_OF_PERSON, { personKey: OBRIEN })).toEqual([
      { key: 'acc:0000320193-23-000079', formType: '4', period: '2023-08-05', superseded: false, issuer: 'Apple Inc.' },
    ]);
  });

  it('counts each of its four transactions once', async () => {
    expect(await read(store, Q.COUNT_CURRENT_TRANSACTIONS)).toEqual([{ n: 4 }]);
  });

  it('holds the balance once: 136,445 common shares', async () => {
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: OBRIEN })).toEqual([
      { issuer: 'Apple Inc.', security: 'Common Stock', ownership: 'D', nature: null, shares: 136445, asOf: '2023-08-07' },
    ]);
  });

  it('reports the copy skipped, unless the accession number adopted it', () => {
    // Adoption replaces the key-less filing, so nothing is skipped when the document came first.
    expect(skipped).toBe(batches.length === 2 && batches[0]![0] === primaryDoc ? 0 : 1);
  });
});
