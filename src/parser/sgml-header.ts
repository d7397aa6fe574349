/**
 * The SGML header EDGAR puts before every submission's documents (`<SEC-HEADER>` or, before 2001,
 * `<IMS-HEADER>`), as plain text: `KEY:<tabs>VALUE` lines in sections (SUBJECT COMPANY / ISSUER,
 * REPORTING-OWNER, each with COMPANY DATA or OWNER DATA, addresses). Old submissions write some
 * sections as tags (`<REPORTING-OWNER>` … `</REPORTING-OWNER>`, `<RELATIONSHIP>DIRECTOR`).
 */

export interface HeaderAddress {
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zipCode: string | null;
}

export interface HeaderEntity {
  name: string | null;
  cik: string | null;
  /** RELATIONSHIP of a reporting owner, upper case as given (DIRECTOR, OFFICER, 10 PERCENT OWNER, OTHER). */
  relationship: string[];
  business: HeaderAddress | null;
  mail: HeaderAddress | null;
}

export interface SgmlHeader {
  accessionNumber: string | null;
  submissionType: string | null;
  /** YYYY-MM-DD */
  periodOfReport: string | null;
  /** YYYY-MM-DD */
  filingDate: string | null;
  /** YYYY-MM-DDTHH:MM:SS (Eastern, as given) */
  acceptedAt: string | null;
  issuer: HeaderEntity | null;
  reportingOwners: HeaderEntity[];
}

/** A header can hold dozens of owners; no real one comes near this many lines. */
const MAX_HEADER_LINES = 4000;

const PEM_BEGIN = '-----BEGIN PRIVACY-ENHANCED MESSAGE-----';

/**
 * Where the submission proper starts: after a `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` preamble
 * (EDGAR's files before about 2008) and its `Key: value` lines, which end at the first blank line.
 */
export function afterPemPreamble(text: string): number {
  let at = 0;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  if (!text.startsWith(PEM_BEGIN, at)) return 0;
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = at;
  const m = blank.exec(text);
  return m ? m.index + m[0].length : text.length;
}

function ymd(raw: string | undefined): string | null {
  const m = raw ? /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function emptyEntity(): HeaderEntity {
  return { name: null, cik: null, relationship: [], business: null, mail: null };
}

function emptyAddress(): HeaderAddress {
  return { street1: null, street2: null, city: null, state: null, zipCode: null };
}

const ADDRESS_KEYS: Record<string, keyof HeaderAddress> = {
  'STREET 1': 'street1', 'STREET 2': 'street2', CITY: 'city', STATE: 'state', ZIP: 'zipCode',
};

/** Reads the header from the start of a submission (PEM preamble or not). */
export function readSgmlHeader(submission: string): SgmlHeader {
  const from = afterPemPreamble(submission);
  const endTag = /<\/(SEC|IMS)-HEADER>/i.exec(submission.slice(from, from + 200_000));
  const headerText = submission.slice(from, endTag ? from + endTag.index : Math.min(submission.length, from + 20_000));
  const header: SgmlHeader = {
    accessionNumber: null, submissionType: null, periodOfReport: null, filingDate: null, acceptedAt: null,
    issuer: null, reportingOwners: [],
  };
  let entity: HeaderEntity | null = null;
  let address: HeaderAddress | null = null;
  const lines = headerText.split(/\r?\n/, MAX_HEADER_LINES);
  for (const raw of lines) {
    const line = raw.slice(0, 1000).trim();
    if (line === '') continue;
    const tag = /^<([A-Z-]+)>\s*(.*)$/i.exec(line);
    if (tag) {
      const name = tag[1]!.toUpperCase();
      const value = tag[2]!.trim();
      if (name === 'SEC-DOCUMENT' || name === 'IMS-DOCUMENT') {
        const acc = /^(\d{10}-\d{2}-\d{6})/.exec(value);
        if (acc && !header.accessionNumber) header.accessionNumber = acc[1]!;
      } else if (name === 'ACCEPTANCE-DATETIME') {
        const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
        if (m) header.acceptedAt = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
      } else if (name === 'REPORTING-OWNER') {
        entity = emptyEntity();
        header.reportingOwners.push(entity);
        address = null;
      } else if (name === 'RELATIONSHIP' && entity && value) {
        entity.relationship.push(value.toUpperCase());
      }
      continue;
    }
    const kv = /^([A-Z][A-Z0-9 &'/-]*?):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!;
    const value = kv[2]!.trim();
    if (value === '') {
      // A section heading.
      if (key === 'SUBJECT COMPANY' || key === 'ISSUER') {
        entity = emptyEntity();
        header.issuer ??= entity;
        address = null;
      } else if (key === 'REPORTING-OWNER' || key === 'FILED BY') {
        entity = emptyEntity();
        header.reportingOwners.push(entity);
        address = null;
      } else if (key === 'BUSINESS ADDRESS' && entity) {
        address = entity.business = emptyAddress();
      } else if (key === 'MAIL ADDRESS' && entity) {
        address = entity.mail = emptyAddress();
      } else if (key === 'FORMER COMPANY' || key === 'FORMER NAME' || key === 'FILING VALUES' || key === 'COMPANY DATA' || key === 'OWNER DATA') {
        address = null;
      }
      continue;
    }
    switch (key) {
      case 'ACCESSION NUMBER': header.accessionNumber = /^\d{10}-\d{2}-\d{6}$/.test(value) ? value : header.accessionNumber; break;
      case 'CONFORMED SUBMISSION TYPE': header.submissionType = value; break;
      case 'CONFORMED PERIOD OF REPORT': header.periodOfReport = ymd(value); break;
      case 'FILED AS OF DATE': header.filingDate = ymd(value); break;
      case 'COMPANY CONFORMED NAME': if (entity && address === null) entity.name = value; break;
      case 'CENTRAL INDEX KEY': if (entity && /^\d{1,10}$/.test(value)) entity.cik = value.padStart(10, '0'); break;
      case 'RELATIONSHIP': if (entity) entity.relationship.push(value.toUpperCase()); break;
      default: {
        const field = ADDRESS_KEYS[key];
        if (field && address) address[field] = value;
      }
    }
  }
  return header;
}

/** One `<DOCUMENT>` of a submission: its `<TYPE>` and the text between `<TEXT>` and `</TEXT>`. */
export interface SubmissionDocument {
  type: string;
  text: string;
}

/** A submission's documents, in order (at most 500: no ownership filing has more). */
export function submissionDocuments(submission: string): SubmissionDocument[] {
  const docs: SubmissionDocument[] = [];
  let from = 0;
  while (docs.length < 500) {
    const open = submission.indexOf('<DOCUMENT>', from);
    if (open < 0) break;
    const close = submission.indexOf('</DOCUMENT>', open);
    const end = close < 0 ? submission.length : close;
    const section = submission.slice(open, end);
    const type = /<TYPE>\s*([^\r\n<]*)/i.exec(section)?.[1]?.trim() ?? '';
    const textOpen = section.search(/<TEXT>/i);
    let body = textOpen < 0 ? '' : section.slice(textOpen + '<TEXT>'.length);
    const textClose = body.search(/<\/TEXT>/i);
    if (textClose >= 0) body = body.slice(0, textClose);
    docs.push({ type, text: body });
    if (close < 0) break;
    from = close + '</DOCUMENT>'.length;
  }
  return docs;
}
