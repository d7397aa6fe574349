import { isAscii } from 'node:buffer';
import { ParseError } from './errors';

/** The parser refuses inputs over this size: no real ownership filing comes near it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read another way. */
  note: string | null;
  /**
   * The whole text is ASCII without a control character XML forbids (all below U+0020 but tab,
   * line feed and carriage return), as every real filing is: the XML reader then need not check.
   */
  plain: boolean;
}

const SNIFF_CHARS = 8192;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL_CHARS = /[\x01-\x08\x0b\x0e-\x1f]/g;
const CONTROL_CHAR_LIST = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((c) => {
  CONTROL_CHARS.lastIndex = 0;
  return CONTROL_CHARS.test(c);
});
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Every control character XML 1.0 forbids (NUL is refused before these are looked for). */
const XML_FORBIDDEN_CONTROLS = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== '\0' && c !== '\t' && c !== '\n' && c !== '\r');

/**
 * Bytes to text, refusing what cannot be a filing. EDGAR text is ASCII or UTF-8; old filings and
 * hand-saved copies are Latin-1 or Windows-1252, and some tools save UTF-16 with a byte-order mark.
 */
export function decodeInput(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ParseError('TOO_LARGE', `input is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
    return checkText(text, `decoded as UTF-16${le ? 'LE' : 'BE'} (byte-order mark)`);
  }
  if (bytes.includes(0)) {
    if (looksLikeUtf16(bytes)) {
      throw new ParseError('BINARY_INPUT', 'input looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)');
    }
    throw new ParseError('BINARY_INPUT', 'input is binary (it contains NUL bytes), not a text filing');
  }
  if (isAscii(bytes)) {
    // ASCII (nearly every filing): Latin-1 decoding gives the same text, faster; one native search
    // per control character over the whole text settles both the binary sniff below (its set is a
    // subset) and the XML reader's own check.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!XML_FORBIDDEN_CONTROLS.some((c) => text.includes(c))) {
      if (text.trim() === '') throw new ParseError('EMPTY_INPUT', 'input is empty');
      return { text, note: null, plain: true };
    }
    return checkText(text, null);
  }
  try {
    return checkText(utf8.decode(bytes), null);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    return checkText(new TextDecoder('windows-1252').decode(bytes), 'not valid UTF-8; decoded as Windows-1252');
  }
}

/** ASCII text in UTF-16 has a NUL in every other byte: the pattern, not a count of NULs, tells. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul > pairs * 0.9 && evenNul < pairs * 0.1) || (evenNul > pairs * 0.9 && oddNul < pairs * 0.1);
}

function checkText(raw: string, note: string | null): DecodedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') throw new ParseError('EMPTY_INPUT', 'input is empty');
  // Control characters other than tab, newline, carriage return and form feed mean binary data; the
  // opening is enough to tell, and scanning all of a large text would cost more than parsing it.
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  // Most texts have none: a native search per character settles that several times faster than the
  // pattern, which then only counts when there is something to count.
  const control = CONTROL_CHAR_LIST.some((c) => head.includes(c)) ? (head.match(CONTROL_CHARS)?.length ?? 0) : 0;
  if (control > head.length / 100) throw new ParseError('BINARY_INPUT', 'input is binary (control characters), not a text filing');
  return { text, note, plain: false };
}

/**
 * text.slice(start, end) as a string of its own. V8 represents a slice as a view into its parent,
 * and the XML reader reads such a view about 15% slower than a flat string; so for plain text (ASCII,
 * one byte a character) the part is decoded again from its bytes, which gives a flat string.
 */
export function textPart(decoded: DecodedText, bytes: Uint8Array, start: number, end: number): string {
  if (start === 0 && end === decoded.text.length) return decoded.text;
  if (!decoded.plain) return decoded.text.slice(start, end);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end);
}
