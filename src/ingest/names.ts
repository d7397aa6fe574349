/**
 * Normalised names for entity resolution. Filers spell the same person "Dillon Matthew S.",
 * "DILLON MATTHEW S" or "Matthew S. Dillon" (EDGAR puts the last name first, OCR'd forms and press
 * copies often do not), so the key ignores case, punctuation, honorifics/suffixes and word order.
 * A middle name spelled out in one filing and as an initial in another stays two keys: too many
 * different people share a first and last name for us to guess.
 */

/**
 * The same few thousand names and security titles come back in every batch, and normalising one is a
 * chain of regular expressions: remember the answers, forgetting them all when too many pile up.
 */
export function memoised(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      if (seen.size >= limit) seen.clear();
      out = fn(s);
      seen.set(s, out);
    }
    return out;
  };
}

const PERSON_NOISE = new Set(['MR', 'MRS', 'MS', 'DR', 'JR', 'SR', 'II', 'III', 'IV', 'MD', 'PHD', 'ESQ', 'CPA']);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9&\s-]/g, ' ')
    .replace(/-/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** "Dillon Matthew S." and "matthew s dillon" both give "DILLON MATTHEW S". */
export const normalisePersonName = memoised(normalisePersonNameOnce);

function normalisePersonNameOnce(name: string): string {
  const ws = words(name).filter((w) => !PERSON_NOISE.has(w));
  const full = ws.filter((w) => w.length > 1).sort();
  const initials = ws.filter((w) => w.length === 1).sort();
  return [...full, ...initials].join(' ');
}

/**
 * Whether two normalised person names can be one person spelled two ways: at least two full words
 * (first and last name) in common, and whatever else each has agrees: a middle name against its
 * initial ("DILLON MATTHEW SCOTT" / "DILLON MATTHEW S"), or on one side only ("DILLON MATTHEW S" /
 * "DILLON MATTHEW"). Two different middle names or initials do not.
 */
export function namesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const fullB = new Set(wb.filter((w) => w.length > 1));
  const common = wa.filter((w) => w.length > 1 && fullB.has(w));
  if (common.length < 2) return false;
  const extraA = wa.filter((w) => !common.includes(w));
  const extraB = wb.filter((w) => !common.includes(w));
  if (extraA.length === 0 || extraB.length === 0) return true;
  const initials = (ws: string[]): string => ws.map((w) => w[0]).sort().join('');
  // Both have more: the same number of middle parts with the same initials, and no two full middle names that differ.
  const fullA = extraA.filter((w) => w.length > 1);
  const fullExtraB = extraB.filter((w) => w.length > 1);
  if (fullA.some((w) => fullExtraB.length > 0 && !fullExtraB.includes(w) && fullExtraB.some((x) => x[0] === w[0]))) return false;
  return initials(extraA) === initials(extraB);
}

const ISSUER_NOISE = new Set(['INC', 'INCORPORATED', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'LTD', 'LIMITED', 'LLC', 'LP', 'PLC', 'THE', 'NV', 'SA', 'AG', 'HOLDINGS']);

/** "Sonus Networks, Inc." and "SONUS NETWORKS INC /DE/" both give "SONUS NETWORKS". */
export const normaliseIssuerName = memoised(normaliseIssuerNameOnce);

function normaliseIssuerNameOnce(name: string): string {
  const withoutState = name.replace(/\/[A-Za-z]{2,3}\/?\s*$/, ' ');
  return words(withoutState)
    .filter((w) => !ISSUER_NOISE.has(w))
    .join(' ');
}

/** Security titles and natures of ownership vary in spacing and case between filings of one holding. */
export function normaliseText(s: string | null | undefined): string {
  return s ? normaliseTextMemo(s) : '';
}

const normaliseTextMemo = memoised((s) => s.toUpperCase().replace(/[^A-Z0-9.%$]+/g, ' ').trim());
