import type { Filing } from '../../src/parser';

/**
 * Field-level scoring: every field of the truth is one point, compared after collapsing white
 * space. Rows are matched by position within each table; a row the parser invented scores each
 * of its fields as wrong (and counts them in the total), a row it missed likewise.
 */
export interface Tally {
  right: number;
  total: number;
}
export type FieldTallies = Map<string, Tally>;

function norm(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return [...v].map(String).sort().join(',');
  return String(v);
}

function add(t: FieldTallies, field: string, ok: boolean, wrong?: (field: string) => void): void {
  const cur = t.get(field) ?? { right: 0, total: 0 };
  cur.total++;
  if (ok) cur.right++;
  else wrong?.(field);
  t.set(field, cur);
}

const ROW_FIELDS = {
  nonDerivativeTransactions: ['securityTitle', 'transactionDate', 'deemedExecutionDate', 'transactionCode', 'shares', 'pricePerShare', 'acquiredDisposedCode', 'sharesOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership', 'footnoteIds'],
  nonDerivativeHoldings: ['securityTitle', 'sharesOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership', 'footnoteIds'],
  derivativeTransactions: ['securityTitle', 'conversionOrExercisePrice', 'transactionDate', 'deemedExecutionDate', 'transactionCode', 'shares', 'pricePerShare', 'acquiredDisposedCode', 'exerciseDate', 'expirationDate', 'underlyingSecurityTitle', 'underlyingSecurityShares', 'sharesOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership', 'footnoteIds'],
  derivativeHoldings: ['securityTitle', 'conversionOrExercisePrice', 'exerciseDate', 'expirationDate', 'underlyingSecurityTitle', 'underlyingSecurityShares', 'sharesOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership', 'footnoteIds'],
} as const;

export type WrongField = (field: string, want: string, have: string, path: string) => void;

export function scoreFiling(truth: Filing, got: Filing | null, t: FieldTallies, wrong?: WrongField): void {
  const cmp = (field: string, want: unknown, have: unknown, path = field): void => {
    const ok = got !== null && norm(want) === norm(have);
    add(t, field, ok, () => wrong?.(field, norm(want), norm(have), path));
  };
  const o = truth.reportingOwners[0]!;
  const g = got?.reportingOwners[0];
  cmp('documentType', truth.documentType, got?.documentType);
  cmp('periodOfReport', truth.periodOfReport, got?.periodOfReport);
  cmp('dateOfOriginalSubmission', truth.dateOfOriginalSubmission, got?.dateOfOriginalSubmission);
  cmp('issuer.name', truth.issuer.name, got?.issuer.name);
  cmp('issuer.tradingSymbol', truth.issuer.tradingSymbol, got?.issuer.tradingSymbol);
  cmp('owner.name', o.name, g?.name, 'reportingOwners[0].name');
  // Street lines run together are one question: a warning on either line covers both.
  for (const k of ['street1', 'street2', 'city', 'state', 'zipCode'] as const) cmp(`owner.address.${k}`, o.address[k], g?.address[k], `reportingOwners[0].address.${k.startsWith('street') ? 'street1' : k}`);
  for (const k of ['isDirector', 'isOfficer', 'isTenPercentOwner', 'isOther', 'officerTitle', 'otherText'] as const) cmp(`owner.relationship.${k}`, o.relationship[k], g?.relationship[k], `reportingOwners[0].relationship.${k}`);
  cmp('remarks', truth.remarks, got?.remarks);
  cmp('signature.name', truth.signatures[0]?.name, got?.signatures[0]?.name, 'signatures[0].name');
  cmp('signature.date', truth.signatures[0]?.date, got?.signatures[0]?.date, 'signatures[0].date');
  const gotFns = got?.footnotes ?? [];
  for (const fn of truth.footnotes) cmp('footnotes', fn.text, gotFns.find((x) => x.id === fn.id)?.text);
  for (const fn of gotFns) if (!truth.footnotes.some((x) => x.id === fn.id)) cmp('footnotes', null, fn.text);
  for (const [table, fields] of Object.entries(ROW_FIELDS)) {
    const want = truth[table as keyof typeof ROW_FIELDS] as unknown as Record<string, unknown>[];
    const have = (got?.[table as keyof typeof ROW_FIELDS] ?? []) as unknown as Record<string, unknown>[];
    const n = Math.max(want.length, have.length);
    for (let i = 0; i < n; i++) {
      for (const f of fields) {
        const w = want[i];
        const h = have[i];
        // An invented row: each of its fields is a wrong answer to a question nobody asked.
        if (w === undefined) add(t, `${table}.${f}`, false, () => wrong?.(`${table}.${f}`, '(no row)', norm(h?.[f]), `${table}[${i}]`));
        else cmp(`${table}.${f}`, w[f], h?.[f], `${table}[${i}].${f}`);
      }
    }
  }
}

export function overall(t: FieldTallies): Tally {
  let right = 0;
  let total = 0;
  for (const v of t.values()) { right += v.right; total += v.total; }
  return { right, total };
}
