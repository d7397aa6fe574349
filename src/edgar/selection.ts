/** Which filings a fetch wants: by company or person, by date, by form. */
export interface Selection {
  /** Issuers or reporting owners, any padding. */
  ciks: string[];
  tickers: string[];
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
  /** Base forms: '3', '4', '5'. */
  forms: string[];
  amendments: boolean;
}

export const OWNERSHIP_FORMS = ['3', '4', '5'] as const;

/** The form types a selection takes: each base form and, unless refused, its amendment. */
export function wantedForms(sel: Pick<Selection, 'forms' | 'amendments'>): Set<string> {
  const out = new Set<string>();
  for (const f of sel.forms) {
    out.add(f);
    if (sel.amendments) out.add(`${f}/A`);
  }
  return out;
}

export function inRange(date: string | null, sel: Pick<Selection, 'from' | 'to'>): boolean {
  if (!sel.from && !sel.to) return true;
  if (!date) return false;
  return (!sel.from || date >= sel.from) && (!sel.to || date <= sel.to);
}
