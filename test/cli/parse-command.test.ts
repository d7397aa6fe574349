import { join } from 'node:path';
import { cli } from '../helpers/run-cli';
import { CORPUS_DIR } from '../helpers/paths';

const wave = join(CORPUS_DIR, 'RxDataLab_go-edgar/form4/wave_derivatives/input.xml');
const kellogg = join(CORPUS_DIR, 'rs-kellogg_edgar2data/form-4/0001012975-17-000759.txt');

describe('insider-graph parse', () => {
  it('prints the canonical JSON of one filing', async () => {
    const r = await cli('parse', kellogg);
    expect(r.status).toBe(0);
    const filing = JSON.parse(r.stdout.join('\n'));
    expect(filing.source.format).toBe('edgar-submission');
    expect(filing.source.accessionNumber).toBe('0001012975-17-000759');
    expect(filing.issuer).toEqual({ cik: '0001326190', name: 'Altimmune, Inc.', tradingSymbol: 'ALT' });
    expect(filing.reportingOwners.map((o: { name: string }) => o.name)).toEqual(['Hodges Philip', 'Redmont VAXN Capital Holdings, LLC']);
  });

  it('prints one line per file with --ndjson, files and folders mixed', async () => {
    const r = await cli('parse', '--ndjson', wave, join(CORPUS_DIR, 'syeo-1_secform4project'));
    expect(r.status).toBe(0);
    const lines = r.stdout.filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.map((l: { file: string }) => l.file)).toEqual([
      wave,
      ...['RSU_with_disposal', 'draftking_multi_disposal', 'jetblue_RSU_acquisition', 'multi_standard_acquisition', 'softbank_derivative_acquisition', 'workday_standard_disposal'].map(
        (n) => join(CORPUS_DIR, 'syeo-1_secform4project', `${n}.xml`),
      ),
    ]);
    expect(lines.every((l: { filing?: unknown }) => l.filing)).toBe(true);
    expect(r.stderr).toEqual(['parsed 7 of 7 files']);
  });

  it.each([
    [['parse'], /missing required argument 'paths'/],
    [['parse', wave, kellogg], /give several files or a folder with --ndjson/],
    [['parse', CORPUS_DIR], /give several files or a folder with --ndjson/],
    [['parse', '--bogus', wave], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('bad usage %j exits 2 with a one-line reason', async (argv, reason) => {
    const r = await cli(...argv);
    expect(r.status).toBe(2);
    expect(r.stderr.join('\n')).toMatch(reason);
    expect(r.stdout.join('')).toBe('');
  });

  it.each([[['--help']], [['parse', '--help']]])('%j prints help and exits 0', async (argv) => {
    const r = await cli(...argv);
    expect(r.status).toBe(0);
    expect(r.stdout.join('\n')).toMatch(/^Usage: insider-graph/);
  });
});
