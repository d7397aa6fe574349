import type { TextFormat } from './model';

/**
 * Which of the three shapes a text is, from its opening: an EDGAR submission starts with its SGML
 * header, ownership XML with a declaration or an element. Anything else is treated as OCR text; the
 * OCR reader decides whether it is an ownership form at all.
 */
export function detectFormat(text: string): TextFormat {
  const head = text.slice(0, 2048).trimStart();
  if (/^<(SEC-DOCUMENT|SUBMISSION|SEC-HEADER|IMS-DOCUMENT)>/i.test(head)) return 'edgar-submission';
  if (/^<DOCUMENT>/i.test(head) && text.includes('<XML>')) return 'edgar-submission';
  if (head.startsWith('<?xml') || head.startsWith('<ownershipDocument') || /^<!--/.test(head)) return 'edgar-xml';
  if (/^<[A-Za-z_][\w.-]*[\s>/]/.test(head) && !/^<(u|input|p|br|table|div|span|h\d)\b/i.test(head)) return 'edgar-xml';
  return 'ocr-text';
}
