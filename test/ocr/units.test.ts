import { findLabel, normalise, wordMatches } from '../../src/parser/ocr/fuzzy';
import { splitStreet } from '../../src/parser/ocr/header';
import { numberValue, tokenize } from '../../src/parser/ocr/tokens';

describe('OCR tokens', () => {
  it('splits a digit glued past a thousands group off as a footnote mark', () => {
    expect(numberValue('5,2910')).toEqual({ value: 5291, extra: '0' });
    expect(numberValue('180,706')).toEqual({ value: 180706, extra: null });
    expect(numberValue('1,2,3')).toBeNull();
  });

  it('joins cents OCR cut off a price and reads marks and split dates', () => {
    const kinds = tokenize('D $2 .38 54,162 (1) 09/15/ ⁽2) 12/05/2007(3)').map((t) => t.kind);
    expect(kinds).toEqual(['letter', 'money', 'num', 'fn', 'monthDay', 'fn', 'date', 'fn']);
    const money = tokenize('$2 .38')[0];
    expect(money).toMatchObject({ kind: 'money', value: 2.38 });
    expect(tokenize('12/05/2007')[0]).toMatchObject({ kind: 'date', iso: '2007-12-05' });
    // 30 February is no date: OCR debris, dropped rather than read as a date or a word.
    expect(tokenize('02/30/2007')).toEqual([]);
  });
});

describe('fuzzy labels', () => {
  it('matches words with one slip per four letters, not more', () => {
    expect(wordMatches('belov', 'below')).toBe(true);
    expect(wordMatches('syrnbol', 'symbol')).toBe(false);
    expect(wordMatches('bclov', 'below')).toBe(false);
  });

  it('finds a label with a misread word, and ends it before the value', () => {
    const words = normalise('3. Issuer Name and Ticker or Trading Syrnbol Apple Inc. [AAPL]').split(' ');
    const hit = findLabel(words, 'Issuer Name and Ticker or Trading Symbol');
    expect(hit).not.toBeNull();
    expect(words.slice(hit!.end)).toEqual(['apple', 'inc', 'aapl']);
  });
});

describe('street lines run together', () => {
  it('splits a care-of line before the house number', () => {
    expect(splitStreet('C/O SONUS NETWORKS, INC. 4 TECHNOLOGY PARK DRIVE')).toEqual(['C/O SONUS NETWORKS, INC.', '4 TECHNOLOGY PARK DRIVE']);
  });
  it('splits a street address before its suite', () => {
    expect(splitStreet('177 E COLORADO BLVD STE 700')).toEqual(['177 E COLORADO BLVD', 'STE 700']);
  });
  it('keeps one street line whole', () => {
    expect(splitStreet('ONE APPLE PARK WAY')).toEqual(['ONE APPLE PARK WAY', null]);
  });
});
