import { padCik, submissionTextUrl, dailyIndexUrl, quarterlyIndexUrl } from '../../src/edgar/endpoints';
import { parseCompanyTickers, parseFormIndex, parseLatestFilingsFeed, parseSubmissions } from '../../src/edgar/listings';
import { edgarConfig } from '../../src/edgar/config';
import { fixture } from './helpers/edgar-server';

const config = edgarConfig({ userAgent: 'Test Suite test@example.com', edgarUrl: 'https://www.sec.gov', dataUrl: 'https://data.sec.gov' }, {});

describe('EDGAR listings, read from real responses (fixtures/SOURCES.md)', () => {
  it('reads the company-tickers file: ticker to ten-digit CIK', () => {
    const map = parseCompanyTickers(fixture('company_tickers.json'));
    expect(map.get('AAPL')).toBe('0000320193');
    expect(map.get('TSLA')).toBe('0001318605');
    expect(map.size).toBe(3);
  });

  it('reads a daily form.idx: every row, the form type at its start, the accession from the file name', () => {
    const rows = parseFormIndex(fixture('form.20220204.idx'), 'form.20220204.idx');
    expect(rows).toHaveLength(16);
    const threes = rows.filter((r) => r.form === '3');
    expect(threes.map((r) => r.accession)).toEqual([
      '0001127602-22-003379', '0001127602-22-003382', '0001127602-22-003446', '0001398344-22-002078',
      '0001398344-22-002081', '0001398344-22-002083', '0001062993-22-002712', '0001575705-22-000095',
    ]);
    expect(threes[2]).toEqual({ accession: '0001127602-22-003446', form: '3', cik: '0000004962', filingDate: '2022-02-04' });
    // The company name holds spaces, commas, '&' and parentheses; the form type is still the first column.
    expect(rows.find((r) => r.accession === '0001199835-22-000078')).toMatchObject({ form: '1-A/A', cik: '0001703625' });
    expect(rows.find((r) => r.accession === '0001193125-22-028511')).toMatchObject({ form: '10-12G/A', cik: '0001732409' });
  });

  it('refuses a body that is not a form index', () => {
    expect(() => parseFormIndex(Buffer.from('<html>Not Found</html>'), 'x.idx')).toThrow('x.idx is not a form index');
  });

  it('reads the latest-filings feed: one entry per filer, accession, form, CIK and filing date', () => {
    const entries = parseLatestFilingsFeed(fixture('latest-filings-4.atom'), 'feed');
    expect(entries).toEqual([
      { accession: '0001304492-24-000054', form: '4', cik: '0001828490', filingDate: '2024-05-17', updated: '2024-05-17T21:59:48-04:00' },
      { accession: '0001304492-24-000054', form: '4', cik: '0001304492', filingDate: '2024-05-17', updated: '2024-05-17T21:59:48-04:00' },
      { accession: '0001415889-24-013657', form: '4', cik: '0001656634', filingDate: '2024-05-17', updated: '2024-05-17T21:58:30-04:00' },
    ]);
  });

  it('reads a submissions file and an older page: the columns, zipped by index', () => {
    const main = Buffer.from(JSON.stringify({
      cik: '320193',
      filings: {
        recent: { accessionNumber: ['0000320193-24-000123', '0000320193-24-000033'], filingDate: ['2024-11-01', '2024-03-01'], form: ['10-K', '4'] },
        files: [{ name: 'CIK0000320193-submissions-001.json', filingCount: 1200, filingFrom: '1994-01-26', filingTo: '2014-07-21' }],
      },
    }));
    const page = parseSubmissions(main, '320193', 'CIK0000320193.json');
    expect(page.filings).toEqual([
      { accession: '0000320193-24-000123', form: '10-K', cik: '0000320193', filingDate: '2024-11-01' },
      { accession: '0000320193-24-000033', form: '4', cik: '0000320193', filingDate: '2024-03-01' },
    ]);
    expect(page.olderPages).toEqual(['CIK0000320193-submissions-001.json']);
    const older = parseSubmissions(Buffer.from('{"accessionNumber":["0001193125-14-277160"],"filingDate":["2014-07-23"],"form":["10-Q"]}'), '320193', 'page');
    expect(older.filings).toEqual([{ accession: '0001193125-14-277160', form: '10-Q', cik: '0000320193', filingDate: '2014-07-23' }]);
    expect(() => parseSubmissions(Buffer.from('{"cik":"1"}'), '1', 'CIK0000000001.json')).toThrow('CIK0000000001.json has no accessionNumber and form columns');
  });

  it('builds EDGAR addresses', () => {
    expect(padCik('320193')).toBe('0000320193');
    expect(submissionTextUrl(config, '0000320193', '0000320193-24-000033')).toBe('https://www.sec.gov/Archives/edgar/data/320193/000032019324000033/0000320193-24-000033.txt');
    expect(dailyIndexUrl(config, '2022-02-04')).toBe('https://www.sec.gov/Archives/edgar/daily-index/2022/QTR1/form.20220204.idx');
    expect(quarterlyIndexUrl(config, 2024, 3)).toBe('https://www.sec.gov/Archives/edgar/full-index/2024/QTR3/form.idx');
  });
});

describe('EDGAR configuration', () => {
  it('refuses to start without a User-Agent, with a rate above 10/s, or with a bad host', () => {
    expect(() => edgarConfig({}, {})).toThrow('EDGAR requires a declared User-Agent');
    expect(() => edgarConfig({ userAgent: 'nobody' }, {})).toThrow('a name and an email address');
    expect(() => edgarConfig({ userAgent: 'A b@c.com', rate: 11 }, {})).toThrow("above EDGAR's fair-access limit of 10");
    expect(() => edgarConfig({ userAgent: 'A b@c.com', edgarUrl: 'ftp://x' }, {})).toThrow('--edgar-url must be an http or https URL');
    expect(edgarConfig({ rate: 2 }, { EDGAR_USER_AGENT: 'Jane Doe jane@example.com', EDGAR_URL: 'http://127.0.0.1:9/' })).toEqual({
      edgarUrl: 'http://127.0.0.1:9',
      dataUrl: 'https://data.sec.gov',
      userAgent: 'Jane Doe jane@example.com',
      rate: 2,
    });
  });
});
