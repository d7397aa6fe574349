import type { Role } from './api/types';

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DEC = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });

export const shares = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : Number.isInteger(n) ? INT.format(n) : DEC.format(n));
export const money = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : MONEY.format(n));
export const date = (d: string | null | undefined): string => d ?? '—';

const ROLE_NAMES: Record<Role, string> = { OFFICER: 'Officer', DIRECTOR: 'Director', TEN_PERCENT_OWNER: '10% owner', OTHER: 'Other' };
export const roleName = (r: Role): string => ROLE_NAMES[r];

export function span(since: string | null, until: string | null): string {
  if (!since && !until) return '';
  if (since === until) return `on ${date(since)}`;
  return `${date(since)} – ${date(until)}`;
}

/** Compact axis labels: 1.2M, 35k. */
export function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${(n / 1e3).toFixed(a >= 1e4 ? 0 : 1)}k`;
  return INT.format(n);
}
