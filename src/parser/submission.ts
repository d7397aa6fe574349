import { ParseError } from './errors';

const ACCESSION = /\d{10}-\d{2}-\d{6}/;

/** The accession number an EDGAR submission header gives (either header syntax), if any. */
export function headerAccessionNumber(submission: string): string | null {
  const head = submission.slice(0, 4096);
  const m =
    /ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})/.exec(head) ??
    /<ACCESSION-NUMBER>\s*(\d{10}-\d{2}-\d{6})/.exec(head) ??
    /<SEC-DOCUMENT>\s*(\d{10}-\d{2}-\d{6})/.exec(head);
  return m ? m[1]! : null;
}

/**
 * An accession number in a file path: 0001127602-15-028697, or the 18-digit folder form EDGAR's
 * archive paths use (000112760215028697).
 */
export function pathAccessionNumber(path: string): string | null {
  const dashed = ACCESSION.exec(path);
  if (dashed) return dashed[0];
  const bare = /(?:^|[^\d])(\d{10})(\d{2})(\d{6})(?:[^\d]|$)/.exec(path);
  return bare ? `${bare[1]}-${bare[2]}-${bare[3]}` : null;
}

/**
 * The ownership XML of an EDGAR submission. A submission is SGML, not XML: <DOCUMENT> sections, each
 * with its text, the machine-readable form between <XML> and </XML>. Other documents (exhibits,
 * powers of attorney) are skipped.
 */
export function ownershipXmlOfSubmission(submission: string): string {
  let from = 0;
  for (;;) {
    const open = submission.indexOf('<XML>', from);
    if (open < 0) break;
    const start = open + '<XML>'.length;
    const close = submission.indexOf('</XML>', start);
    const body = submission.slice(start, close < 0 ? undefined : close);
    if (body.includes('<ownershipDocument')) {
      if (close < 0) throw new ParseError('MALFORMED_XML', 'malformed XML: the ownership document has no closing </XML> (truncated?)');
      return body.trim();
    }
    if (close < 0) break;
    from = close + '</XML>'.length;
  }
  throw new ParseError('NO_OWNERSHIP_DOCUMENT', 'the submission holds no ownership document (<ownershipDocument> inside <XML>)');
}
