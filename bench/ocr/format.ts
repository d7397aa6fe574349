/** Values as a person fills them on the paper form. */

export function mdy(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

export function amount(n: number | null): string {
  if (n === null) return '';
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function money(n: number | null): string {
  if (n === null) return '';
  return `$${n.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: true })}`;
}

export function marks(ids: readonly string[]): string {
  return ids.map((id) => `(${id.slice(1)})`).join('');
}

/** One line of text: OCR never gives a value a line break of its own. */
export function oneLine(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
