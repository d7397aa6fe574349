import { amount, mdy, money } from './format';

/**
 * The issue excuses a wrong value "in a field the text did not contain". A value counts as
 * contained when any way the renderers print it occurs in the rendering, compared with markup,
 * white space and OCR's stray bullets taken out and case ignored: every allowance here makes a
 * value *more* likely to count as contained, so a doubtful case stays unexcused.
 * Values that are not printed as such (null, booleans, footnote lists, invented rows) are never
 * excused: a parser that makes one up had nothing missing to blame.
 */
export function squeezeText(text: string): string {
  return text.replace(/<[^>]*>/g, '').replace(/[\s•]+/g, '').toLowerCase();
}

export function absentFromText(want: string, field: string, squeezed: string): boolean {
  if (want === 'null' || want === '(no row)' || want === 'true' || want === 'false' || field.endsWith('footnoteIds')) return false;
  const forms = [want];
  if (/^-?\d+(\.\d+)?$/.test(want)) forms.push(amount(Number(want)), money(Number(want)));
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) forms.push(mdy(want));
  return !forms.some((f) => squeezed.includes(squeezeText(f)));
}
