/**
 * A filing's index page on EDGAR: https://www.sec.gov/Archives/edgar/data/<CIK without leading
 * zeros>/<accession without dashes>/<accession>-index.htm. Any CIK party to the filing works; the
 * issuer's is used.
 */
export function edgarIndexUrl(cik: string | null, accessionNumber: string | null): string | null {
  if (!cik || !accessionNumber || !/^\d{1,10}$/.test(cik) || !/^\d{10}-\d{2}-\d{6}$/.test(accessionNumber)) return null;
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accessionNumber.replace(/-/g, '')}/${accessionNumber}-index.htm`;
}
