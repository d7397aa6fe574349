import type { Row } from '../graph/values';
import type { FilingRow } from './plan';

export interface AmendmentLink {
  amendment: string;
  original: string;
}

/** A new filing's side of the comparison: its own owners and dates. */
export interface AmendSide {
  key: string;
  isAmendment: boolean;
  owners: string[];
  signed: string | null;
  originalDate: string | null;
}

export function amendSides(filings: FilingRow[], filed: Array<{ personKey: string; filingKey: string }>): AmendSide[] {
  const owners = new Map<string, string[]>();
  for (const f of filed) owners.set(f.filingKey, [...(owners.get(f.filingKey) ?? []), f.personKey]);
  return filings.map((f) => ({
    key: f.key,
    isAmendment: f.props.isAmendment === true,
    owners: owners.get(f.key) ?? [],
    signed: f.signatureDate,
    originalDate: f.dateOfOriginalSubmission,
  }));
}

/**
 * Which candidate pairs really are amendment and original: they share an owner, and when both dates
 * are known the original was signed no later than the amendment's dateOfOriginalSubmission (the
 * date it says the original was filed; signing precedes filing).
 */
export function amendmentLinks(news: AmendSide[], counterparts: Row[]): AmendmentLink[] {
  const byKey = new Map(news.map((n) => [n.key, n]));
  const links = new Map<string, AmendmentLink>();
  for (const c of counterparts) {
    const n = byKey.get(String(c.key));
    if (!n) continue;
    const other: AmendSide = {
      key: String(c.other),
      isAmendment: c.otherIsAmendment === true,
      owners: Array.isArray(c.otherOwners) ? c.otherOwners.map(String) : [],
      signed: typeof c.otherSigned === 'string' ? c.otherSigned : null,
      originalDate: typeof c.otherOriginalDate === 'string' ? c.otherOriginalDate : null,
    };
    const [a, o] = n.isAmendment ? [n, other] : [other, n];
    if (!a.owners.some((k) => o.owners.includes(k))) continue;
    if (a.originalDate && o.signed && o.signed > a.originalDate) continue;
    links.set(`${a.key} ${o.key}`, { amendment: a.key, original: o.key });
  }
  return [...links.values()];
}
