import type { PlainValue, Row } from '../values';

/**
 * Narrowing of result values. Both engines hand back plain values (see ../values.ts), but integers
 * may arrive as bigint past 2^53 and a missing property as null, so every read goes through here.
 */
export function str(v: PlainValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : String(v);
}

export function reqStr(row: Row, key: string): string {
  const s = str(row[key]);
  if (s === null) throw new Error(`query result lacks ${key}`);
  return s;
}

export function num(v: PlainValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function int(v: PlainValue | undefined): number {
  return Math.trunc(num(v) ?? 0);
}

export function bool(v: PlainValue | undefined): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

export function strList(v: PlainValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => str(x)).filter((x): x is string => x !== null) : [];
}

/** Dates come back as ISO strings from Grafeo and as Neo4j Date strings (same form) from Neo4j. */
export function isoDate(v: PlainValue | undefined): string | null {
  const s = str(v);
  return s === null ? null : s.slice(0, 10);
}

export function asRow(v: PlainValue | undefined): Row {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v !== 'bigint' ? v : {};
}
