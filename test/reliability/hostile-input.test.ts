import { ParseError, parseFiling } from '../../src/parser';

const minimal = (issuer: string, owner: string, encoding = 'UTF-8'): string =>
  `<?xml version="1.0" encoding="${encoding}"?><ownershipDocument><documentType>4</documentType>` +
  `<periodOfReport>2020-01-01</periodOfReport><issuer><issuerName>${issuer}</issuerName></issuer>` +
  `<reportingOwner><reportingOwnerId><rptOwnerName>${owner}</rptOwnerName></reportingOwnerId></reportingOwner></ownershipDocument>`;

function refusal(input: string | Uint8Array): { code: string; message: string } {
  try {
    parseFiling(input);
  } catch (e) {
    if (e instanceof ParseError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal, got a filing');
}

describe('hostile input', () => {
  it('an entity-expansion bomb is refused before any expansion', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">${lol}]><ownershipDocument>&l9;</ownershipDocument>`;
    expect(refusal(bomb)).toEqual({ code: 'MALFORMED_XML', message: 'refused: the XML declares entities (<!ENTITY>), which ownership documents never do' });
  });

  it('an external entity (XXE) is refused and nothing is read from disk', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><ownershipDocument>&x;</ownershipDocument>`;
    expect(refusal(xxe).code).toBe('MALFORMED_XML');
  });

  it('an undeclared entity is malformed XML', () => {
    expect(refusal('<ownershipDocument>&x;</ownershipDocument>')).toEqual({ code: 'MALFORMED_XML', message: 'malformed XML: 1:22: undefined entity.' });
  });

  it('100,000 levels of nesting are cut off at 64', () => {
    const deep = `<ownershipDocument>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</ownershipDocument>`;
    expect(refusal(deep)).toEqual({ code: 'MALFORMED_XML', message: 'XML nested deeper than 64 levels' });
  });

  it('a 50 MB input is refused by size, whatever it holds', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    expect(refusal(big)).toEqual({ code: 'TOO_LARGE', message: 'input is 50.0 MB, over the 20 MB limit' });
  });

  it('NUL bytes inside otherwise good XML make it binary', () => {
    const withNul = minimal('Acme', 'Doe Jane').replace('Acme', 'Ac\u0000me');
    expect(refusal(withNul)).toEqual({ code: 'BINARY_INPUT', message: 'input is binary (it contains NUL bytes), not a text filing' });
  });

  it('UTF-16 with a byte-order mark is read', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal('Société Générale', 'Müller Jürgen', 'UTF-16'), 'utf16le')]);
    const filing = parseFiling(bytes);
    expect([filing.issuer.name, filing.reportingOwners[0]!.name]).toEqual(['Société Générale', 'Müller Jürgen']);
    expect(filing.warnings).toEqual([{ path: 'source', message: 'input decoded as UTF-16LE (byte-order mark)' }]);
  });

  it('UTF-16 without a byte-order mark is refused with the reason', () => {
    expect(refusal(Buffer.from(minimal('Acme', 'Doe Jane', 'UTF-16'), 'utf16le'))).toEqual({
      code: 'BINARY_INPUT',
      message: 'input looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)',
    });
  });

  it('Latin-1 bytes are read as Windows-1252, with a warning', () => {
    const filing = parseFiling(Buffer.from(minimal('Société Générale', 'Müller Jürgen', 'ISO-8859-1'), 'latin1'));
    expect([filing.issuer.name, filing.reportingOwners[0]!.name]).toEqual(['Société Générale', 'Müller Jürgen']);
    expect(filing.warnings).toEqual([{ path: 'source', message: 'input not valid UTF-8; decoded as Windows-1252' }]);
  });

  it('control characters make text binary', () => {
    expect(refusal('\u0001\u0002\u0003'.repeat(100)).code).toBe('BINARY_INPUT');
  });
});
