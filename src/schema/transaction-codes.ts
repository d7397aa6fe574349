import type { TransactionCode } from '../parser/model';

/**
 * The SEC's transaction codes (Form 4 General Instructions 8) in words. A Record over the model's
 * code union, so a code added to the model without a description fails to compile.
 */
export const TRANSACTION_CODE_DESCRIPTIONS: Record<TransactionCode, string> = {
  P: 'Open market or private purchase of securities',
  S: 'Open market or private sale of securities',
  V: 'Transaction voluntarily reported earlier than required',
  A: 'Grant, award or other acquisition pursuant to Rule 16b-3(d)',
  D: 'Disposition to the issuer of issuer equity securities pursuant to Rule 16b-3(e)',
  F: 'Payment of exercise price or tax liability by delivering or withholding securities incident to the receipt, exercise or vesting of a security issued in accordance with Rule 16b-3',
  I: 'Discretionary transaction in accordance with Rule 16b-3(f) resulting in acquisition or disposition of issuer securities',
  M: 'Exercise or conversion of derivative security exempted pursuant to Rule 16b-3',
  C: 'Conversion of derivative security',
  E: 'Expiration of short derivative position',
  H: 'Expiration (or cancellation) of long derivative position with value received',
  O: 'Exercise of out-of-the-money derivative security',
  X: 'Exercise of in-the-money or at-the-money derivative security',
  G: 'Bona fide gift',
  L: 'Small acquisition under Rule 16a-6',
  W: 'Acquisition or disposition by will or the laws of descent and distribution',
  Z: 'Deposit into or withdrawal from voting trust',
  J: 'Other acquisition or disposition',
  K: 'Transaction in equity swap or instrument with similar characteristics',
  U: 'Disposition pursuant to a tender of shares in a change of control transaction',
};

export function describeCode(code: string | null): string | null {
  return code !== null && code in TRANSACTION_CODE_DESCRIPTIONS ? TRANSACTION_CODE_DESCRIPTIONS[code as TransactionCode] : null;
}
