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

/**
 * Money and share sums are exact: each row's amount is sent to the sum as an integer count of
 * millionths (MICROS in Cypher: shares and prices in filings carry at most a few decimals, so a
 * row's value is exact at a millionth), the engines add integers exactly, and the total is rounded
 * once here: money to the cent, shares to the millionth. Float sums gave -29991744.799999997.
 */
export const MICROS = (expr: string): string => `toInteger(round((${expr}) * 1000000.0))`;

/** A sum of millionths as bigint, however it arrived (a number while exact, bigint past 2^53). */
export function micros(v: PlainValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  const n = num(v);
  return n === null ? 0n : BigInt(Math.round(n));
}

/** Millionths of a dollar to dollars rounded half away from zero to the cent, once. */
export function centsOfMicros(m: bigint): number {
  const half = m < 0n ? -5000n : 5000n;
  return Number((m + half) / 10000n) / 100;
}

/** Millionths of a share to shares. */
export function unitsOfMicros(m: bigint): number {
  return Number(m) / 1e6;
}
