import type { TextFormat } from './model';
import { afterPemPreamble } from './sgml-header';

/** The submission types whose typed (pre-XML) documents the edgar-text reader reads. */
const OWNERSHIP_TYPE = /CONFORMED SUBMISSION TYPE:\s*[345](\/A)?\s*$/m;

/**
 * Which shape a text is, from its opening: an EDGAR submission starts with its SGML header (after
 * the `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` preamble EDGAR's older files carry), ownership XML
 * with a declaration or an element. A submission with an XML document is read for its ownership
 * XML; one without, whose header says Form 3, 4 or 5, is a typed pre-XML filing (edgar-text).
 * Anything else is treated as OCR text; the OCR reader decides whether it is an ownership form.
 */
export function detectFormat(text: string): TextFormat {
  const from = afterPemPreamble(text);
  const head = text.slice(from, from + 2048).trimStart();
  if (/^<(SEC-DOCUMENT|SUBMISSION|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER)>/i.test(head)) return submissionKind(text);
  // A submission's <DOCUMENT> cut out alone: with no <XML> inside it is no XML either, and the
  // submission reader says so (NO_OWNERSHIP_DOCUMENT) where the XML reader would say malformed.
  if (/^<DOCUMENT>/i.test(head)) return 'edgar-submission';
  if (from > 0) return submissionKind(text);
  if (head.startsWith('<?xml') || head.startsWith('<ownershipDocument') || /^<!--/.test(head)) return 'edgar-xml';
  // An element first (a name may carry a namespace prefix: <own:ownershipDocument>), unless it is HTML.
  if (/^<[A-Za-z_][\w.:-]*[\s>/]/.test(head) && !/^<(u|input|p|br|table|div|span|h\d)\b/i.test(head)) return 'edgar-xml';
  return 'ocr-text';
}

function submissionKind(text: string): TextFormat {
  if (text.includes('<XML>') || text.includes('<ownershipDocument')) return 'edgar-submission';
  return OWNERSHIP_TYPE.test(text.slice(0, 8192)) ? 'edgar-text' : 'edgar-submission';
}
