import * as v from '../../src/parser/values';
import fc from 'fast-check';

describe('value normalisers (the contract rules)', () => {
  it.each([
    ['2011-06-13', '2011-06-13'],
    ['2011-06-13-05:00', '2011-06-13'],
    ['2011-06-13T00:00:00Z', '2011-06-13'],
    [' 2011-06-13 ', '2011-06-13'],
    ['06/13/2011', '2011-06-13'],
    ['6/3/2011', '2011-06-03'],
    ['20110613', '2011-06-13'],
    ['2011-02-29', null],
    ['2012-02-29', '2012-02-29'],
    ['1900-02-29', null], // century years are leap years only every 400
    ['2000-02-29', '2000-02-29'],
    ['2011-04-31', null],
    ['2011-12-31', '2011-12-31'],
    ['2011-13-01', null],
    ['', null],
    ['soon', null],
  ])('date %j → %j', (raw, want) => expect(v.date(raw)).toBe(want));

  it.each([
    ['15000', 15000],
    ['2.9900', 2.99],
    ['0', 0],
    ['0.0000', 0],
    ['1,234,567.5', 1234567.5],
    ['$2.38', 2.38],
    ['-4', -4],
    ['.5', 0.5],
    ['', null],
    ['  ', null],
    ['1e400', null],
    ['12abc', null],
  ])('number %j → %j', (raw, want) => expect(v.number(raw)).toBe(want));

  it.each([
    ['1', true], ['0', false], ['true', true], ['false', false], ['TRUE', true], [' 1 ', true], ['', null], ['maybe', null],
  ])('bool %j → %j', (raw, want) => expect(v.bool(raw)).toBe(want));

  it.each([
    ['320193', '0000320193'], ['0000320193', '0000320193'], ['1', '0000000001'], ['', null], ['12345678901', null], ['CIK1', null],
  ])('cik %j → %j', (raw, want) => expect(v.cik(raw)).toBe(want));

  it.each([
    ['  Chief   Executive\n  Officer ', 'Chief Executive Officer'],
    ['plain', 'plain'],
    ['\t\n', null],
    ['a\u00a0b', 'a b'], // a no-break space is folded, alone too
    ['a\tb', 'a b'],
    ['a\u2003b', 'a\u2003b'], // a lone em space is kept: only runs and the characters above are folded
    ['a \u2003b', 'a b'],
    [undefined, null],
  ])('text %j → %j', (raw, want) => expect(v.text(raw)).toBe(want));
});

/**
 * The readers take their usual inputs by hand-written fast paths (no regular expression); these
 * properties hold them to the pattern-based rules they replaced, written out here as the reference.
 */
describe('value normalisers: fast paths agree with the pattern rules', () => {
  // Runs of white space and the characters of the text rule above are folded; a lone em space is kept.
  const referenceText = (raw: string): string | null => {
    const trimmed = raw.trim();
    const t = /\s\s|[\t\n\v\f\r\u00a0]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
    return t === '' ? null : t;
  };
  const referenceValidDate = (y: string, mo: string, d: string): string | null => {
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1) return null;
    const year = Number(y);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${y}-${mo}-${d}` : null;
  };
  const referenceDate = (raw: string): string | null => {
    const t = referenceText(raw);
    if (t === null) return null;
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
    if (m) return referenceValidDate(m[1]!, m[2]!, m[3]!);
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (m) return referenceValidDate(m[3]!, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'));
    m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    return m ? referenceValidDate(m[1]!, m[2]!, m[3]!) : null;
  };
  const referenceNumber = (raw: string): number | null => {
    const t = referenceText(raw);
    if (t === null) return null;
    const cleaned = t.replace(/[$,\s]/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
    const n = Number(cleaned);
    return Number.isFinite(n) ? n : null;
  };
  const referenceCik = (raw: string): string | null => {
    const t = referenceText(raw);
    return t === null || !/^\d{1,10}$/.test(t) ? null : t.padStart(10, '0');
  };
  const from = (chars: string[], maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
  const digits = '0123456789'.split('');
  const spaces = [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000'];

  it('text', () => {
    fc.assert(fc.property(fc.oneof(from(['a', 'b', ...spaces], 12), from(['x', ...spaces], 60), fc.string({ maxLength: 50 })), (s) => {
      expect(v.text(s)).toBe(referenceText(s));
    }), { numRuns: 3000, seed: 20261125 });
  });

  it('number', () => {
    const tokens = fc.oneof(from([...digits, '.', '-', '+', ',', '$', ' ', 'e', 'E', '\u00a0'], 14), from([...digits, '.'], 400), fc.double().map(String));
    fc.assert(fc.property(tokens, (s) => expect(v.number(s)).toBe(referenceNumber(s))), { numRuns: 5000, seed: 20261126 });
  });

  it('date', () => {
    const dates = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', '-05:00', 'T00:00:00Z', 'x', ' '))
        .map(([y, m, d, tail]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`),
      from([...digits, '-', '/', ' '], 14),
    );
    fc.assert(fc.property(dates, (s) => expect(v.date(s)).toBe(referenceDate(s))), { numRuns: 5000, seed: 20261127 });
  });

  it('cik', () => {
    fc.assert(fc.property(from([...digits, ' ', 'x', '-'], 13), (s) => expect(v.cik(s)).toBe(referenceCik(s))), { numRuns: 3000, seed: 20261128 });
  });
});
