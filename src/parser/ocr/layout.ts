/**
 * The columns of each table on each form, as the SEC's blank forms print them. Form 5 has no V
 * column; Form 3's tables hold only holdings and order their columns differently.
 */

export type FormKind = '3' | '4' | '5';
export type TableKind = 'I' | 'II';

export type Column =
  | 'title' | 'date' | 'deemed' | 'code' | 'v' | 'amount' | 'ad' | 'amtA' | 'amtD' | 'price'
  | 'owned' | 'di' | 'nature' | 'conv' | 'exDate' | 'expDate' | 'undTitle' | 'undShares';

export const COLUMNS: Record<FormKind, Record<TableKind, readonly Column[]>> = {
  '4': {
    I: ['title', 'date', 'deemed', 'code', 'v', 'amount', 'ad', 'price', 'owned', 'di', 'nature'],
    II: ['title', 'conv', 'date', 'deemed', 'code', 'v', 'amtA', 'amtD', 'exDate', 'expDate', 'undTitle', 'undShares', 'price', 'owned', 'di', 'nature'],
  },
  '5': {
    I: ['title', 'date', 'deemed', 'code', 'amount', 'ad', 'price', 'owned', 'di', 'nature'],
    II: ['title', 'conv', 'date', 'deemed', 'code', 'amtA', 'amtD', 'exDate', 'expDate', 'undTitle', 'undShares', 'price', 'owned', 'di', 'nature'],
  },
  '3': {
    I: ['title', 'owned', 'di', 'nature'],
    II: ['title', 'exDate', 'expDate', 'undTitle', 'undShares', 'conv', 'di', 'nature'],
  },
};
