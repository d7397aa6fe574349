/**
 * A fast, strict reader for the XML subset that ownership documents use, building the same tree
 * saxes builds (see xml-tree.ts), or giving up.
 *
 * Why: saxes alone tokenises about 6,000 ownership documents a second here, below the 10,000
 * filings/s the parser must reach, and every other library tried was slower or not strict
 * (docs/benchmarks.md, "Parse"). Ownership XML uses a small part of XML: one root element, elements,
 * attributes, character data, the five predefined entities, numeric character references, comments,
 * an optional XML declaration and white space. This reader handles exactly that and nothing else.
 *
 * How it stays exact: it never reports an error. Whatever is outside the subset (a DOCTYPE, CDATA,
 * a processing instruction, an unknown entity, a name with non-ASCII characters, a tab in an
 * attribute value) or is not well-formed (a mismatched or missing end tag, a duplicate attribute,
 * "]]>" in text, a disallowed character, text outside the root, more than MAX_DEPTH levels) makes it
 * return null, and the caller runs saxes, which gives the authoritative tree or error message. So it
 * must never accept a document saxes rejects and must build, for every document it accepts, the
 * tree saxes builds: test/parser/xml-fast-tree.test.ts checks both on the corpus, the fixtures and
 * thousands of generated and mutated documents. It follows saxes's output: line ends (\r\n, \r)
 * in text read as \n, entities and character references decoded, text directly inside an element
 * concatenated (comments dropped), text outside the root ignored.
 *
 * It scans with charCodeAt, indexOf, endsWith and includes, no regular expressions and no
 * per-character events. A JavaScript loop costs about 5 ns a character on the machine this was
 * measured on, so it touches characters one by one only in attributes and in tag names the caller's
 * name table does not know: a known name alone in its tag is one search for ">" and one comparison,
 * an end tag one comparison, forbidden characters are looked for once in the whole text with native
 * searches, and text between tags is one indexOf and one slice unless an "&" or a carriage return
 * lies in it. (A sticky regular expression reading a whole "<name>text</name>" leaf in one match was
 * tried: the reader took 45% longer.)
 */
import type { NameTable } from './name-table';
import { NO_ATTRIBUTES, noteMixedText, type XmlElement } from './xml-tree';

/** The same limit the saxes path enforces (and reports); deeper documents go to it. */
export const MAX_DEPTH = 64;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const AMP = 0x26;
const APOS = 0x27;
const DASH = 0x2d;
const SLASH = 0x2f;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const BANG = 0x21;

/** ASCII name characters: 1 = may start a name, 2 = may continue one. Non-ASCII names go to saxes. */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_' || ch === ':') NAME[c] = 3;
  else if ((ch >= '0' && ch <= '9') || ch === '-' || ch === '.') NAME[c] = 2;
}


function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

function nameEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c < 128 && NAME[c]! !== 0) i++;
    else return i;
  }
}

/** A character XML 1.0 allows (for references); the scanners check literal characters inline. */
function isXmlChar(c: number): boolean {
  return c === TAB || c === LF || c === CR || (c >= SPACE && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** A literal UTF-16 code unit the subset accepts in text, values and comments (no surrogates). */
function isPlainChar(c: number): boolean {
  return c >= SPACE ? c < 0xd800 || (c >= 0xe000 && c <= 0xfffd) : c === TAB || c === LF || c === CR;
}

/**
 * The text of the reference starting at `amp` and where it ends, or null to give up. The decoded
 * text goes to `entityText` (a module variable, to return two values without an allocation).
 */
let entityText = '';
function entityEnd(xml: string, amp: number): number {
  const semi = xml.indexOf(';', amp + 1);
  if (semi < 0 || semi - amp > 10) return -1;
  const c1 = xml.charCodeAt(amp + 1);
  if (c1 === HASH) {
    let code = 0;
    let i = amp + 2;
    if (xml.charCodeAt(i) === 0x78 /* x */) {
      i++;
      if (i === semi) return -1;
      for (; i < semi; i++) {
        const d = xml.charCodeAt(i);
        const v = d >= 0x30 && d <= 0x39 ? d - 0x30 : d >= 0x61 && d <= 0x66 ? d - 0x57 : d >= 0x41 && d <= 0x46 ? d - 0x37 : -1;
        if (v < 0) return -1;
        code = code * 16 + v;
      }
    } else {
      if (i === semi) return -1;
      for (; i < semi; i++) {
        const d = xml.charCodeAt(i);
        if (d < 0x30 || d > 0x39) return -1;
        code = code * 10 + (d - 0x30);
      }
    }
    if (!isXmlChar(code)) return -1;
    entityText = String.fromCodePoint(code);
    return semi + 1;
  }
  switch (semi - amp) {
    case 3:
      if (c1 === 0x6c /* l */ && xml.charCodeAt(amp + 2) === 0x74) entityText = '<';
      else if (c1 === 0x67 /* g */ && xml.charCodeAt(amp + 2) === 0x74) entityText = '>';
      else return -1;
      return semi + 1;
    case 4:
      if (xml.startsWith('amp', amp + 1)) entityText = '&';
      else return -1;
      return semi + 1;
    case 5:
      if (xml.startsWith('quot', amp + 1)) entityText = '"';
      else if (xml.startsWith('apos', amp + 1)) entityText = "'";
      else return -1;
      return semi + 1;
    default:
      return -1;
  }
}

/** After a well-formed comment starting at `lt` (at "<!--"), or -1. */
function commentEnd(xml: string, lt: number): number {
  if (!xml.startsWith('<!--', lt)) return -1;
  const dashes = xml.indexOf('--', lt + 4);
  // "--" may only close the comment; "--->" (a comment ending in "-") is not well-formed either.
  if (dashes < 0 || xml.charCodeAt(dashes + 2) !== GT) return -1;
  // The caller refuses any text with "<!ENTITY" in it, even in a comment; saxes's path says so.
  const entityDecl = xml.indexOf('<!ENTITY', lt + 4);
  return entityDecl >= 0 && entityDecl < dashes ? -1 : dashes + 3;
}

/** White space and comments (what may surround the root), from `i`; -1 on a broken comment. */
function miscEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === LT && xml.charCodeAt(i + 1) === BANG) {
      i = commentEnd(xml, i);
      if (i < 0) return -1;
    } else return i;
  }
}

function spacesEnd(xml: string, from: number): number {
  let i = from;
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/**
 * `S name S? = S? "value"` of the XML declaration at `i`, with the value one of `allowed`; the end
 * of the pair or -1.
 */
function declPairEnd(xml: string, from: number, name: string, allowed: (value: string) => boolean): number {
  let i = spacesEnd(xml, from);
  if (i === from || !xml.startsWith(name, i)) return -1;
  i = spacesEnd(xml, i + name.length);
  if (xml.charCodeAt(i) !== EQ) return -1;
  i = spacesEnd(xml, i + 1);
  const q = xml.charCodeAt(i);
  if (q !== QUOTE && q !== APOS) return -1;
  const close = xml.indexOf(q === QUOTE ? '"' : "'", i + 1);
  if (close < 0 || !allowed(xml.slice(i + 1, close))) return -1;
  return close + 1;
}

function isEncodingName(s: string): boolean {
  if (s.length === 0 || s.length > 40) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!(letter || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === DASH)))) return false;
  }
  return true;
}

/** The end of `<?xml version="1.0" [encoding=".."] [standalone=".."]?>` at the start, or -1. */
function declarationEnd(xml: string): number {
  let i = declPairEnd(xml, 5, 'version', (v) => v === '1.0');
  if (i < 0) return -1;
  const withEncoding = declPairEnd(xml, i, 'encoding', isEncodingName);
  if (withEncoding >= 0) i = withEncoding;
  const withStandalone = declPairEnd(xml, i, 'standalone', (v) => v === 'yes' || v === 'no');
  if (withStandalone >= 0) i = withStandalone;
  i = spacesEnd(xml, i);
  return xml.charCodeAt(i) === QUESTION && xml.charCodeAt(i + 1) === GT ? i + 2 : -1;
}

/**
 * The attributes of the start tag whose name ends at `from`, into a new name/value list, then the
 * tag's end. Returns the index after ">" (or "/>", flagged by `selfClosing`), or -1 to give up.
 */
let attributes: readonly string[] = NO_ATTRIBUTES;
let selfClosing = false;
function startTagEnd(xml: string, from: number): number {
  let i = from;
  attributes = NO_ATTRIBUTES;
  for (;;) {
    let c = xml.charCodeAt(i);
    const spaced = isSpace(c);
    if (spaced) {
      i = spacesEnd(xml, i + 1);
      c = xml.charCodeAt(i);
    }
    if (c === GT) {
      selfClosing = false;
      return i + 1;
    }
    if (c === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) return -1;
      selfClosing = true;
      return i + 2;
    }
    if (!spaced || !(c < 128 && (NAME[c]! & 1) !== 0)) return -1;
    const nameStart = i;
    i = nameEnd(xml, i + 1);
    const name = xml.slice(nameStart, i);
    i = spacesEnd(xml, i);
    if (xml.charCodeAt(i) !== EQ) return -1;
    i = spacesEnd(xml, i + 1);
    const q = xml.charCodeAt(i);
    if (q !== QUOTE && q !== APOS) return -1;
    let value = '';
    let start = ++i;
    for (;;) {
      const d = xml.charCodeAt(i);
      if (d === q) break;
      if (d === AMP) {
        const end = entityEnd(xml, i);
        if (end < 0) return -1;
        value += xml.slice(start, i) + entityText;
        i = start = end;
      } else if (d === LT || d < SPACE || i >= xml.length) {
        // "<" is an error; tab and line ends are normalised to spaces in values: rare, left to saxes.
        return -1;
      } else i++;
    }
    value = start === i ? value : value + xml.slice(start, i);
    i++;
    if (attributes === NO_ATTRIBUTES) attributes = [name, value];
    else {
      for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return -1;
      (attributes as string[]).push(name, value);
    }
  }
}

/** C0 control characters XML forbids (all but tab, line feed and carriage return). */
const CONTROL_CHARS = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== '\t' && c !== '\n' && c !== '\r');

/**
 * Whether every character is one XML 1.0 allows and the subset reads (no surrogates: astral
 * characters go to saxes). An ASCII text, which every real filing is, needs only a search for each
 * control character, which V8 does natively and far faster than a loop here; other texts are checked
 * character by character.
 */
function plainCharsOnly(xml: string): boolean {
  if (Buffer.byteLength(xml, 'utf8') === xml.length) {
    for (const c of CONTROL_CHARS) if (xml.includes(c)) return false;
    return true;
  }
  for (let i = 0; i < xml.length; i++) if (!isPlainChar(xml.charCodeAt(i))) return false;
  return true;
}

/**
 * The tree of an ownership XML document, exactly as saxes would build it, or null when the document
 * is outside the subset this reader handles or not well-formed (the caller then asks saxes).
 * `plain`: the caller knows the text is ASCII without forbidden control characters (decodeInput
 * found so), which spares the check of every character. `names`: element names to share (see
 * NameTable).
 */
export function parseXmlFast(xml: string, plain = false, names?: NameTable): XmlElement | null {
  const len = xml.length;
  // Checked once for the whole text, so the scanners below can jump with indexOf: characters XML
  // forbids, and "]]>", which text may not hold (comments and attribute values may; saxes reads those).
  if (!(plain || plainCharsOnly(xml)) || xml.includes(']]>')) return null;
  let i = 0;
  if (xml.startsWith('<?xml', 0)) {
    i = declarationEnd(xml);
    if (i < 0) return null;
  }
  i = miscEnd(xml, i);
  if (i < 0 || xml.charCodeAt(i) !== LT) return null;

  // The next "&" and carriage return at or after the text being read (len when there is none):
  // text without either is one slice of the input.
  let nextAmp = -1;
  let nextCr = -1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let top: XmlElement | null = null;
  // Each turn reads one piece of markup at `i` (a "<"), then the character data up to the next "<".
  for (;;) {
    const c = xml.charCodeAt(i + 1);
    if (c === SLASH) {
      if (top === null) return null;
      const name = top.name;
      // One native comparison (endsWith at a position is the cheapest V8 has; startsWith and a
      // slice compared with === cost more, a loop over characters several times more).
      let j = i + 2 + name.length;
      if (!xml.endsWith(name, j)) return null;
      if (xml.charCodeAt(j) !== GT) {
        j = spacesEnd(xml, j);
        if (xml.charCodeAt(j) !== GT) return null;
      }
      i = j + 1;
      stack.pop();
      if (stack.length === 0) break;
      top = stack[stack.length - 1]!;
    } else if (c === BANG) {
      i = commentEnd(xml, i);
      if (i < 0) return null;
    } else {
      if (!(c < 128 && (NAME[c]! & 1) !== 0)) return null;
      // A known name alone in its tag ("<name>" or "<name/>"), as most tags are, is found by one
      // native search for ">" and the name table, without reading the name character by character.
      let name = names === undefined ? undefined : knownTagName(xml, i, names);
      if (name !== undefined) {
        attributes = NO_ATTRIBUTES;
        i += name.length + (selfClosing ? 3 : 2);
      } else {
        const nameStop = nameEnd(xml, i + 2);
        const sliced = xml.slice(i + 1, nameStop);
        name = names === undefined ? sliced : names.canonical(sliced);
        if (xml.charCodeAt(nameStop) === GT) {
          attributes = NO_ATTRIBUTES;
          selfClosing = false;
          i = nameStop + 1;
        } else {
          i = startTagEnd(xml, nameStop);
          if (i < 0) return null;
        }
      }
      const el: XmlElement = { name, attributes, children: [], text: '' };
      if (top === null) {
        if (root !== null) return null;
        root = el;
      } else top.children.push(el);
      // saxes's path counts a self-closed element as a level too.
      if (stack.length === MAX_DEPTH) return null;
      if (!selfClosing) {
        stack.push(el);
        top = el;
      } else if (top === null) break;
    }

    // Character data up to the next "<", inside the element on top of the stack.
    const lt = xml.indexOf('<', i);
    if (lt < 0) return null; // the input ends inside the root
    if (nextAmp < i) nextAmp = indexOrEnd(xml, '&', i);
    if (nextCr < i) nextCr = indexOrEnd(xml, '\r', i);
    if (lt > i) {
      let text: string;
      if (nextAmp > lt && nextCr > lt) text = xml.slice(i, lt);
      else {
        const decoded = decodeText(xml, i, lt, nextAmp, nextCr);
        if (decoded === null) return null;
        text = decoded;
      }
      if (top!.children.length > 0) noteMixedText(top!, text);
      top!.text += text;
      i = lt;
    }
  }

  // After the root: only white space and comments.
  return miscEnd(xml, i) === len ? root : null;
}

/**
 * The name of the tag at `lt` when the tag is "<name>" or "<name/>" and the table knows the name
 * (so it is a well-formed name); `selfClosing` says which. Otherwise undefined.
 */
function knownTagName(xml: string, lt: number, names: NameTable): string | undefined {
  const gt = xml.indexOf('>', lt + 2);
  if (gt < 0) return undefined;
  selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  return names.nameAt(xml, lt + 1, gt - lt - (selfClosing ? 2 : 1));
}

function indexOrEnd(xml: string, ch: string, from: number): number {
  const at = xml.indexOf(ch, from);
  return at < 0 ? xml.length : at;
}

/**
 * Character data with references or carriage returns, decoded and with line ends as "\n"; or null.
 * `amp` and `cr` are the first "&" and carriage return at or after `from` (the text's length when
 * there is none): the loop jumps from one to the next with native searches, which only move forward.
 */
function decodeText(xml: string, from: number, to: number, amp: number, cr: number): string | null {
  let text = '';
  let start = from;
  for (;;) {
    const at = amp < cr ? amp : cr;
    if (at >= to) break;
    if (at === amp) {
      const end = entityEnd(xml, at);
      if (end < 0 || end > to) return null;
      text += xml.slice(start, at) + entityText;
      start = end;
      amp = indexOrEnd(xml, '&', end);
    } else {
      text += xml.slice(start, at) + '\n';
      start = xml.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      cr = indexOrEnd(xml, '\r', start);
    }
  }
  return start < to ? text + xml.slice(start, to) : text;
}
