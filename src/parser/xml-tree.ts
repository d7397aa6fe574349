import { SaxesParser } from 'saxes';
import { ParseError } from './errors';
import type { NameTable } from './name-table';
import { MAX_DEPTH, parseXmlFast } from './xml-fast-tree';

/** A parsed XML element, reduced to what the ownership mapping reads. */
export interface XmlElement {
  readonly name: string;
  /**
   * Name, value, name, value, ... in document order. A list rather than a record: a filing has a
   * handful of attributes, and filling a prototype-less record cost about 3 µs each in profiles.
   */
  readonly attributes: readonly string[];
  readonly children: XmlElement[];
  /** Character data directly inside this element, concatenated. */
  text: string;
  /**
   * Mixed content only: where non-blank text came after children, as pairs (children seen, length of
   * `text` then), so deepText can put text and children back in document order. Absent otherwise,
   * which is every element of a real filing but the odd footnote with markup.
   */
  segments?: number[];
}

/** Records, for deepText, that text is being added to `el` after some of its children. */
export function noteMixedText(el: XmlElement, added: string): void {
  for (let i = 0; i < added.length; i++) {
    const c = added.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
      (el.segments ??= []).push(el.children.length, el.text.length);
      return;
    }
  }
}

/**
 * Parse well-formed XML into elements. The fast reader (xml-fast-tree.ts) takes the plain XML that
 * ownership documents are; whatever it declines, saxes reads, and saxes's tree or error is the answer.
 * `plain`, `names`: see parseXmlFast.
 */
export function parseXmlTree(xml: string, plain = false, names?: NameTable): XmlElement {
  // The fast reader takes no document that declares entities (a "<!ENTITY" could only sit in a
  // comment there, and it declines those), so the whole-text search below is needed only on its way.
  const fast = parseXmlFast(xml, plain, names);
  if (fast !== null) return fast;
  // Ownership documents never declare entities; saxes would refuse their use anyway, but a named
  // reason serves the user better than "undefined entity" when someone sends an expansion bomb.
  if (xml.includes('<!ENTITY')) {
    throw new ParseError('MALFORMED_XML', 'refused: the XML declares entities (<!ENTITY>), which ownership documents never do');
  }
  return parseXmlTreeWithSaxes(xml);
}

/**
 * The reference reader: saxes is a strict, conformant parser: unbalanced or truncated markup, bad
 * attributes and undeclared entities all fail (so no entity-expansion bombs). Ownership documents are
 * about six levels deep; anything deeper than MAX_DEPTH is hostile or broken.
 */
export function parseXmlTreeWithSaxes(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attributes: attributeList(tag.attributes as Record<string, string>), children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
    if (stack.length > MAX_DEPTH) throw new ParseError('MALFORMED_XML', `XML nested deeper than ${MAX_DEPTH} levels`);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.children.length > 0) noteMixedText(top, t);
    top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof ParseError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new ParseError('MALFORMED_XML', `malformed XML: ${message.split('\n')[0]}`);
  }
  if (root === null) throw new ParseError('MALFORMED_XML', 'malformed XML: no root element');
  return root;
}

/** Elements without attributes share one empty list. */
export const NO_ATTRIBUTES: readonly string[] = Object.freeze([]);

/** saxes's attribute record as the tree's list (XML names are never integer-like, so keys keep document order). */
function attributeList(record: Record<string, string>): readonly string[] {
  const list: string[] = [];
  for (const name of Object.keys(record)) list.push(name, record[name]!);
  return list.length === 0 ? NO_ATTRIBUTES : list;
}

/** The value of an attribute, if the element has it. */
export function attribute(el: XmlElement, name: string): string | undefined {
  const list = el.attributes;
  for (let k = 0; k < list.length; k += 2) if (list[k] === name) return list[k + 1];
  return undefined;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** All character data inside an element, its descendants' included, in document order. */
export function deepText(el: XmlElement): string {
  if (el.children.length === 0) return el.text;
  let out = '';
  let pos = 0;
  let next = 0;
  const seg = el.segments ?? [];
  for (let k = 0; k < seg.length; k += 2) {
    const seen = seg[k]!;
    const at = seg[k + 1]!;
    out += el.text.slice(pos, at);
    while (next < seen) out += deepText(el.children[next++]!);
    pos = at;
  }
  out += el.text.slice(pos);
  while (next < el.children.length) out += deepText(el.children[next++]!);
  return out;
}

/**
 * The same tree with namespace prefixes dropped from element names (<own:footnote> is <footnote>):
 * EDGAR's schema has no namespace, but documents made by some filing agents bind one to a prefix.
 */
export function withoutPrefixes(el: XmlElement): XmlElement {
  const colon = el.name.indexOf(':');
  const out: XmlElement = { name: colon < 0 ? el.name : el.name.slice(colon + 1), attributes: el.attributes, children: el.children.map(withoutPrefixes), text: el.text };
  if (el.segments) out.segments = el.segments;
  return out;
}
