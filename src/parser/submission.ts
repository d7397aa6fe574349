import { ParseError } from './errors';
import { isSpace } from './values';

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

/** YYYYMMDD to YYYY-MM-DD, or null when it is no calendar date. */
function isoOfCompact(d: string): string | null {
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

/**
 * The day EDGAR filed the submission, from its header in either syntax: the indented text header
 * ("FILED AS OF DATE: 20230808") or the tagged one of .nc files ("<FILING-DATE>20230808").
 */
export function headerFilingDate(submission: string): string | null {
  const head = submission.slice(0, 4096);
  const m = /FILED AS OF DATE:\s*(\d{8})/.exec(head) ?? /<FILING-DATE>\s*(\d{8})/.exec(head);
  return m ? isoOfCompact(m[1]!) : null;
}

/**
 * EDGAR's acceptance time ("<ACCEPTANCE-DATETIME>20230808183028", Eastern time as given, no zone),
 * as YYYY-MM-DDTHH:MM:SS; either header syntax writes the tag the same way, where it has one.
 */
export function headerAcceptedAt(submission: string): string | null {
  const m = /<ACCEPTANCE-DATETIME>\s*(\d{8})(\d{2})(\d{2})(\d{2})/.exec(submission.slice(0, 4096));
  if (!m) return null;
  const day = isoOfCompact(m[1]!);
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4])];
  return day && h < 24 && min < 60 && sec < 60 ? `${day}T${m[2]}:${m[3]}:${m[4]}` : null;
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
 * Where the ownership XML of an EDGAR submission lies in it: [start, end), white space trimmed. A
 * submission is SGML, not XML: <DOCUMENT> sections, each with its text, the machine-readable form
 * between <XML> and </XML>. Other documents (exhibits, powers of attorney) are skipped. A range
 * rather than the text, so the caller can make the XML a string of its own (see decode.ts, textPart).
 */
export function ownershipXmlRange(submission: string): [start: number, end: number] {
  let from = 0;
  for (;;) {
    const open = submission.indexOf('<XML>', from);
    if (open < 0) break;
    const start = open + '<XML>'.length;
    const close = closingXmlTag(submission, start);
    const end = close < 0 ? submission.length : close;
    // With or without a namespace prefix (<own:ownershipDocument ...>).
    const owned = submission.indexOf('ownershipDocument', start);
    if (owned >= 0 && owned < end) {
      if (close < 0) throw new ParseError('MALFORMED_XML', 'malformed XML: the ownership document has no closing </XML> (truncated?)');
      return trimmedRange(submission, start, end);
    }
    if (close < 0) break;
    from = close + '</XML>'.length;
  }
  throw new ParseError('NO_OWNERSHIP_DOCUMENT', 'the submission holds no ownership document (<ownershipDocument> inside <XML>)');
}

/**
 * The first "</XML>" at or after `from`, or -1. Searching for "</XML>" itself stops at every "<" of
 * the XML (a native search for a pattern looks for its first character first); an upper-case "X"
 * is rare in ownership XML, so this search for "XML>" stops about once.
 */
function closingXmlTag(submission: string, from: number): number {
  for (let at = submission.indexOf('XML>', from + 2); at >= 0; at = submission.indexOf('XML>', at + 1)) {
    if (submission.charCodeAt(at - 1) === 0x2f /* / */ && submission.charCodeAt(at - 2) === 0x3c /* < */) return at - 2;
  }
  return -1;
}

/** [from, to) without the white space String.prototype.trim would remove. */
function trimmedRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
