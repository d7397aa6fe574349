import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli';

/** Each bad input gets one line on stderr naming the file and the problem, and the run goes on. */
describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ig-bad-'));
  const file = (name: string, content: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const good = `<?xml version="1.0"?>
<ownershipDocument><schemaVersion>X0306</schemaVersion><documentType>4</documentType>
<periodOfReport>2020-01-02</periodOfReport>
<issuer><issuerCik>320193</issuerCik><issuerName>Apple Inc.</issuerName><issuerTradingSymbol>AAPL</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>1</rptOwnerCik><rptOwnerName>Doe Jane</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
</ownershipDocument>`;

  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['empty.xml', 'EMPTY_INPUT', '', /input is empty/],
    ['blank.txt', 'EMPTY_INPUT', '  \n\t\n', /input is empty/],
    ['binary.xml', 'BINARY_INPUT', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
    ['truncated.xml', 'MALFORMED_XML', good.slice(0, good.length - 40), /malformed XML/],
    ['mismatched.xml', 'MALFORMED_XML', '<ownershipDocument><issuer></ownershipDocument>', /malformed XML/],
    ['bad-attr.xml', 'MALFORMED_XML', '<ownershipDocument a="1></ownershipDocument>', /malformed XML/],
    ['entity.xml', 'MALFORMED_XML', '<ownershipDocument>&bogus;</ownershipDocument>', /malformed XML/],
    ['not-ownership.xml', 'NOT_OWNERSHIP_DOCUMENT', '<?xml version="1.0"?><rss><channel/></rss>', /root element is <rss>, not <ownershipDocument>/],
    [
      'no-ownership.txt',
      'NO_OWNERSHIP_DOCUMENT',
      '<SEC-DOCUMENT>0000000000-20-000001.txt\n<DOCUMENT>\n<TYPE>EX-24\n<TEXT>\n<XML>\n<poa>x</poa>\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n',
      /holds no ownership document/,
    ],
    ['form-10k.xml', 'UNSUPPORTED_DOCUMENT_TYPE', good.replace('<documentType>4<', '<documentType>10-K<'), /documentType "10-K" is not a Form 3, 4 or 5/],
    ['no-period.xml', 'MISSING_FIELD', good.replace(/<periodOfReport>.*<\/periodOfReport>/, ''), /no readable periodOfReport/],
    ['no-owner.xml', 'MISSING_FIELD', good.replace(/<reportingOwner>[\s\S]*<\/reportingOwner>/, ''), /no reportingOwner/],
  ];

  it.each(cases)('%s → %s', async (name, code, content, message) => {
    const path = file(name, content);
    const r = await cli('parse', path);
    expect(r.status).toBe(1);
    expect(r.stdout.join('')).toBe('');
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(new RegExp(`^insider-graph: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\(${code}\\)$`));
    expect(r.stderr[0]).toMatch(message);
  });

  it('a file over 20 MB is refused without being read', async () => {
    const path = join(dir, 'huge.xml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
    const r = await cli('parse', path);
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([`insider-graph: ${path}: input is 21.0 MB, over the 20 MB limit (TOO_LARGE)`]);
  });

  it('a missing file is reported, not thrown', async () => {
    const path = join(dir, 'nope.xml');
    const r = await cli('parse', path);
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([`insider-graph: ${path}: no such file (UNREADABLE_FILE)`]);
  });

  it('--ndjson goes on past every bad file and reports each on its own line', async () => {
    const goodPath = file('good.xml', good);
    const paths = cases.map(([name]) => join(dir, name));
    const r = await cli('parse', '--ndjson', ...paths, goodPath);
    expect(r.status).toBe(1);
    const lines = r.stdout.filter((l) => l !== '').map((l) => JSON.parse(l) as { file: string; error?: { code: string }; filing?: unknown });
    expect(lines.map((l) => l.file)).toEqual([...paths, goodPath]);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual([...cases.map(([, code]) => code), 'ok']);
    expect(r.stderr.at(-1)).toBe(`parsed 1 of ${cases.length + 1} files, ${cases.length} failed`);
  });
});
