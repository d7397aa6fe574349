import type { Filing } from '../parser';

/** Where a row's Rule 10b5-1 evidence comes from, strongest first. */
export type Plan10b5OneSource = 'FOOTNOTE' | 'REMARKS' | 'CHECKBOX';

/** "Rule 10b5-1", "10b5-1(c)", "10b-5-1", "10b5 - 1": the ways filers write it. */
const MENTION = /10\s*b\s*-?\s*5\s*[-\u2010-\u2014]\s*1/i;
/** A sentence that says the trade was not under a plan ("not made pursuant to a Rule 10b5-1 plan"). */
const NEGATED = /\b(?:not|no|neither|nor|without)\b/i;

/** Whether a text says a trade was under a 10b5-1 plan: some sentence names the rule and none of its words deny it. */
export function mentions10b5One(text: string | null | undefined): boolean {
  if (!text || !MENTION.test(text)) return false;
  return text.split(/(?<=[.;])\s+/).some((sentence) => {
    const at = sentence.search(MENTION);
    return at >= 0 && !NEGATED.test(sentence.slice(0, at));
  });
}

/**
 * A transaction row's 10b5-1 status: its own footnotes mentioning a plan, then the remarks, then the
 * form's checkbox (aff10b5One, on forms from April 2023; before that filers said so in footnotes or
 * remarks only). The checkbox is one per form ("a transaction was made pursuant to..."): where some
 * rows' footnotes name the plan, those are the rows it means, so it marks the others unknown rather
 * than true (Apple's forms tick it and footnote the one sale, beside tax withholdings). False where
 * the checkbox is explicitly unticked and nothing mentions a plan; null where nothing is known.
 * `footnotedRows`: whether any transaction row of the filing has a footnote that mentions a plan.
 */
export function plan10b5One(filing: Filing, rowFootnotes: string[], footnotedRows: boolean): { plan: boolean | null; source: Plan10b5OneSource | null } {
  if (rowFootnotes.some(mentions10b5One)) return { plan: true, source: 'FOOTNOTE' };
  if (mentions10b5One(filing.remarks)) return { plan: true, source: 'REMARKS' };
  if (filing.aff10b5One === true) return footnotedRows ? { plan: null, source: null } : { plan: true, source: 'CHECKBOX' };
  return { plan: filing.aff10b5One === false ? false : null, source: null };
}

/** Whether any transaction row of the filing cites a footnote that mentions a 10b5-1 plan. */
export function hasFootnotedPlanRows(filing: Filing): boolean {
  const mentioning = new Set(filing.footnotes.filter((n) => mentions10b5One(n.text)).map((n) => n.id));
  if (mentioning.size === 0) return false;
  const cites = (r: { footnoteIds: string[]; fieldFootnoteIds?: Record<string, string[]> }): boolean =>
    [...r.footnoteIds, ...Object.values(r.fieldFootnoteIds ?? {}).flat()].some((id) => mentioning.has(id));
  return [...filing.nonDerivativeTransactions, ...filing.derivativeTransactions].some(cites);
}
