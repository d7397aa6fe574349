import fc from 'fast-check';
import { NameTable } from '../../src/parser/name-table';

// transactionDate and transactionCode share their length and the three characters the table hashes
// (first, middle, last), so they share a slot: the table must still tell them apart.
const names = ['transactionDate', 'transactionCode', 'value', 'footnoteId', 'a'];
const table = new NameTable(names);

describe('NameTable', () => {
  it('gives its own string for a known name and the input for any other', () => {
    for (const name of names) expect(table.canonical(name.slice(0))).toBe(name);
    expect(table.canonical('transactionDatX')).toBe('transactionDatX');
    expect(table.canonical('transactionXate')).toBe('transactionXate');
    expect(table.canonical('values')).toBe('values');
    expect(table.canonical('b')).toBe('b');
  });

  it('finds a name inside a longer text, only where it is spelled exactly', () => {
    const text = '<transactionCode>S</transactionCode><value>';
    expect(table.nameAt(text, 1, 15)).toBe('transactionCode');
    expect(table.nameAt(text, 20, 15)).toBe('transactionCode');
    expect(table.nameAt(text, 37, 5)).toBe('value');
    expect(table.nameAt(text, 1, 14)).toBeUndefined(); // transactionCod
    expect(table.nameAt(text, 0, 15)).toBeUndefined(); // <transactionCod
    expect(table.nameAt(text, 1, 0)).toBeUndefined();
    expect(table.nameAt('<transactionDXte>', 1, 15)).toBeUndefined();
  });

  it('agrees with a plain lookup on random texts (fast-check)', () => {
    const piece = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 4 }), fc.constantFrom('<', '>', '/', 'X'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.nat(), fc.nat(20), (text, start, length) => {
        const from = text.length === 0 ? 0 : start % text.length;
        const len = Math.min(length, text.length - from);
        const spelled = text.slice(from, from + len);
        expect(table.nameAt(text, from, len)).toBe(names.includes(spelled) ? spelled : undefined);
      }),
      { numRuns: 5000, seed: 20261124 },
    );
  });
});
