import { decodeInput, textPart, type DecodedText } from './decode';
import { detectFormat } from './detect';
import { ParseError } from './errors';
import type { Filing, TextFormat } from './model';
import { OWNERSHIP_ELEMENT_NAMES } from './ownership-names';
import { ownershipDocumentToFiling, type FilingBody } from './ownership-xml';
import { headerAcceptedAt, headerAccessionNumber, headerFilingDate, ownershipXmlRange, pathAccessionNumber } from './submission';
import { isSpace, text as readText } from './values';
import { child, parseXmlTree, withoutPrefixes } from './xml-tree';
import { readOcrText } from './ocr/read';
import { readEdgarText } from './edgar-text';
import type { SgmlHeader } from './sgml-header';
import { sha256Hex } from './sha256';

export interface ParseOptions {
  /** Where the input came from; used for an accession number in the path and nothing else. */
  filename?: string;
}

/** What a reader makes of a text; the XML readers also say which schema version the XML declared. */
interface ReadResult {
  body: FilingBody;
  xmlSchemaVersion: string | null;
  /** The SGML header, where the reader took identifiers and dates from it. */
  header?: SgmlHeader;
}

function readOwnershipXml(xml: string, plain: boolean): ReadResult {
  const tree = parseXmlTree(xml, plain, OWNERSHIP_ELEMENT_NAMES);
  // A prefixed root (<own:ownershipDocument xmlns:own="...">) prefixes every name; rare, so copied only then.
  const doc = tree.name.includes(':') ? withoutPrefixes(tree) : tree;
  return { body: ownershipDocumentToFiling(doc), xmlSchemaVersion: readText(child(doc, 'schemaVersion')?.text) };
}

/** The decoded input and its bytes (plain text's characters are its bytes: see textPart). */
type Reader = (input: DecodedText, bytes: Uint8Array) => ReadResult;

const readers: Record<TextFormat, Reader> = {
  // White space before the declaration is not XML, but files cut out of submissions often have it.
  'edgar-xml': (input, bytes) => readOwnershipXml(textPart(input, bytes, leadingSpaces(input.text), input.text.length), input.plain),
  'edgar-submission': (input, bytes) => readOwnershipXml(textPart(input, bytes, ...ownershipXmlRange(input.text)), input.plain),
  'ocr-text': (input) => ({ body: readOcrText(input.text), xmlSchemaVersion: null }),
  'edgar-text': (input) => ({ ...readEdgarText(input.text), xmlSchemaVersion: null }),
};

/** How many characters String.prototype.trimStart would remove. */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}


/**
 * One document in, one canonical filing out, or a ParseError: the only thing this throws. The format
 * (ownership XML, EDGAR submission, OCR text) is detected from the text itself.
 */
export function parseFiling(input: Uint8Array | string, options: ParseOptions = {}): Filing {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const decoded = decodeInput(bytes);
  const { text, note } = decoded;
  const format = detectFormat(text);
  let body: FilingBody;
  let xmlSchemaVersion: string | null;
  let header: SgmlHeader | undefined;
  try {
    ({ body, xmlSchemaVersion, header } = readers[format](decoded, bytes));
  } catch (e) {
    if (e instanceof ParseError) throw e;
    // A bug of ours, not the input's fault; still one typed error rather than a crash.
    throw new ParseError('INVALID_FILING', `could not read the filing: ${e instanceof Error ? e.message : String(e)}`);
  }
  const accessionNumber =
    (format === 'edgar-submission' ? headerAccessionNumber(text) : (header?.accessionNumber ?? null)) ??
    (options.filename ? pathAccessionNumber(options.filename) : null);
  const warnings = body.warnings ?? [];
  if (note) warnings.unshift({ path: 'source', message: `input ${note}` });
  // The reader's own object, completed in place: spreading it into a new one cost ~2% of an OCR
  // parse in profiles. (Keys come out in the same order: body's, then source.)
  const filing = body as Filing;
  const submission = format === 'edgar-submission';
  filing.source = {
    format,
    accessionNumber,
    sha256: sha256Hex(bytes),
    xmlSchemaVersion,
    filingDate: header?.filingDate ?? (submission ? headerFilingDate(text) : null),
    acceptedAt: header?.acceptedAt ?? (submission ? headerAcceptedAt(text) : null),
  };
  filing.warnings = warnings;
  return filing;
}
