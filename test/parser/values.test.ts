import * as v from '../../src/parser/values';

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
