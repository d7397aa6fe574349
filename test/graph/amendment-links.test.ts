import { amendmentLinks, type AmendSide } from '../../src/ingest/amendments';

const amendment: AmendSide = { key: 'A', isAmendment: true, owners: ['cik:1'], signed: '2011-06-20', originalDate: '2011-06-14' };
const counterpart = (o: Partial<{ owners: string[]; signed: string | null }>) => ({
  key: 'A', other: 'O', otherIsAmendment: false, otherSigned: o.signed === undefined ? '2011-06-14' : o.signed, otherOriginalDate: null, otherOwners: o.owners ?? ['cik:1'],
});

describe('which candidates are really amendment and original', () => {
  it('links a shared owner and an original signed on the date the 4/A names', () => {
    expect(amendmentLinks([amendment], [counterpart({})])).toEqual([{ amendment: 'A', original: 'O' }]);
  });
  it('links when the original has no signature date', () => {
    expect(amendmentLinks([amendment], [counterpart({ signed: null })])).toEqual([{ amendment: 'A', original: 'O' }]);
  });
  it('does not link an original signed after the date the 4/A says it was filed', () => {
    expect(amendmentLinks([amendment], [counterpart({ signed: '2011-06-15' })])).toEqual([]);
  });
  it('does not link filings without an owner in common', () => {
    expect(amendmentLinks([amendment], [counterpart({ owners: ['cik:2'] })])).toEqual([]);
  });
  it('works from the original side too', () => {
    const original: AmendSide = { key: 'O', isAmendment: false, owners: ['cik:1'], signed: '2011-06-14', originalDate: null };
    const row = { key: 'O', other: 'A', otherIsAmendment: true, otherSigned: '2011-06-20', otherOriginalDate: '2011-06-14', otherOwners: ['cik:1'] };
    expect(amendmentLinks([original], [row])).toEqual([{ amendment: 'A', original: 'O' }]);
  });
});
