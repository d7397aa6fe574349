import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../../src/parser';
import { CORPUS_DIR } from '../helpers/paths';

/*
 * EDGAR's filing date and acceptance time from the submission header, in both syntaxes, read by eye:
 *  - full-submission.txt of 0000320193-23-000079 (indented header): "<ACCEPTANCE-DATETIME>20230808183028"
 *    and "FILED AS OF DATE: 20230808";
 *  - 0001127602-25-004598.nc (tagged header): "<FILING-DATE>20250213", no acceptance time;
 *  - Brin's doc4.xml, an ownership document alone: neither.
 */
const read = (rel: string): ReturnType<typeof parseFiling> => {
  const file = join(CORPUS_DIR, rel);
  return parseFiling(readFileSync(file), { filename: file });
};

describe('submission header dates', () => {
  it('reads both from the indented header', () => {
    const f = read('johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000079/full-submission.txt');
    expect(f.source).toMatchObject({ accessionNumber: '0000320193-23-000079', filingDate: '2023-08-08', acceptedAt: '2023-08-08T18:30:28' });
  });

  it('reads the filing date from the tagged header, which has no acceptance time', () => {
    const f = read('dgunning_edgartools/data/sgml/0001127602-25-004598.nc');
    expect(f.source).toMatchObject({ accessionNumber: '0001127602-25-004598', filingDate: '2025-02-13', acceptedAt: null });
  });

  it('has neither for an ownership document read without its header', () => {
    const f = read('DarkMindFX_InsidersTradeMonitor/GOOG/000120919122024552/doc4.xml');
    expect(f.source).toMatchObject({ filingDate: null, acceptedAt: null });
  });

  it('takes no impossible date from a damaged header', () => {
    const text = readFileSync(join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000079/full-submission.txt'), 'utf8')
      .replace('FILED AS OF DATE:\t\t20230808', 'FILED AS OF DATE:\t\t20231308')
      .replace('<ACCEPTANCE-DATETIME>20230808183028', '<ACCEPTANCE-DATETIME>20230808253028');
    expect(parseFiling(text).source).toMatchObject({ filingDate: null, acceptedAt: null });
  });
});
