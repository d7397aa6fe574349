import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { decodeInput } from '../../src/parser/decode';
import { detectFormat } from '../../src/parser/detect';
import { ParseError } from '../../src/parser/errors';
import { ownershipXmlRange } from '../../src/parser/submission';
import { OWNERSHIP_ELEMENT_NAMES } from '../../src/parser/ownership-names';
import { parseXmlFast } from '../../src/parser/xml-fast-tree';
import { parseXmlTree, parseXmlTreeWithSaxes, type XmlElement } from '../../src/parser/xml-tree';
import { corpusFilingFiles, filesUnder, REPO_ROOT } from '../helpers/paths';
import { applyEdit } from '../helpers/text-edits';

/**
 * The fast XML reader against saxes, the reference: on every document, the fast reader either
 * declines (null) or builds exactly saxes's tree; it never accepts what saxes refuses; and the
 * public parseXmlTree gives saxes's tree or saxes's error message.
 */

type Outcome = { tree: XmlElement } | { error: string };

function outcome(read: (xml: string) => XmlElement, xml: string): Outcome {
  try {
    return { tree: read(xml) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { error: `${e.code}: ${e.message}` };
  }
}

/**
 * Checks one document; returns whether the fast reader took it (for the tests to count). The fast
 * reader runs twice: alone, and with the ownership name table, which reads known tags another way
 * (without a character loop) and must take and refuse exactly the same documents.
 */
function agrees(xml: string): boolean {
  const reference = outcome(parseXmlTreeWithSaxes, xml);
  const fast = parseXmlFast(xml);
  const named = parseXmlFast(xml, false, OWNERSHIP_ELEMENT_NAMES);
  expect(named === null).toBe(fast === null);
  for (const tree of [fast, named]) {
    if (tree === null) continue;
    if ('error' in reference) throw new Error(`fast reader accepted a document saxes refuses (${reference.error}):\n${xml.slice(0, 2000)}`);
    if (!isDeepStrictEqual(tree, reference.tree)) {
      expect(tree).toStrictEqual(reference.tree); // shows the difference
      throw new Error('trees differ only in something toStrictEqual cannot show');
    }
  }
  const pub = outcome(parseXmlTree, xml);
  if (xml.includes('<!ENTITY')) {
    expect('error' in pub).toBe(true);
  } else if ('error' in reference) {
    expect(pub).toEqual(reference);
  } else {
    expect('tree' in pub && isDeepStrictEqual(pub.tree, reference.tree)).toBe(true);
  }
  return fast !== null;
}

/** The XML parseFiling gives its XML reader, for a file of the corpus or the fixtures. */
function ownershipXmlOf(file: string): string | null {
  const { text } = decodeInput(readFileSync(file));
  switch (detectFormat(text)) {
    case 'edgar-xml': return text.trimStart();
    case 'edgar-submission': return text.slice(...ownershipXmlRange(text));
    default: return null;
  }
}

const realFiles = [...corpusFilingFiles(), ...filesUnder(`${REPO_ROOT}/test/fixtures`)];
const realXml = realFiles.map((f) => ({ file: f, xml: ownershipXmlOf(f) })).filter((d): d is { file: string; xml: string } => d.xml !== null);

describe('fast XML reader, real documents', () => {
  it('reads every corpus filing and fixture to the very tree saxes builds', () => {
    expect(realXml.length).toBeGreaterThan(190);
    const declined = realXml.filter((d) => !agrees(d.xml)).map((d) => d.file.replace(/.*\/(test|corpus)\//, '$1/'));
    // Every real filing is in the subset; of the fixtures, only the one written with CDATA is not.
    expect(declined).toEqual(['test/fixtures/form3a.xml']);
  });

  it('decodes references and line ends as saxes does', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\r\n<a x="1 &amp; &lt;2&gt; &#65;&#x42;">A&amp;B &quot;q&quot; &apos;s&apos;\r\nline\rnext &#xD; &#x1F600;<!-- c --> tail<b/><b y=\'&#34;\'>é</b></a>\n<!-- after -->\n';
    expect(agrees(xml)).toBe(true);
    const tree = parseXmlFast(xml)!;
    expect(tree.attributes).toEqual(['x', '1 & <2> AB']);
    expect(tree.text).toBe('A&B "q" \'s\'\nline\nnext \r \u{1F600} tail');
    expect(tree.children.map((c) => [c.name, c.text, c.attributes])).toEqual([['b', '', []], ['b', 'é', ['y', '"']]]);
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a non-ASCII name', '<é/>'],
    ['a tab in an attribute value', '<a x="\t"/>'],
    ['a surrogate pair', '<a>\u{1F600}</a>'],
    ['a comment that declares an entity', '<a><!-- <!ENTITY x "y"> --></a>'],
  ])('leaves %s to saxes', (_what, xml) => {
    expect(parseXmlFast(xml)).toBeNull();
    agrees(xml);
  });

  it.each([
    ['a truncated document', '<a><b>x</b>', 'malformed XML: 1:11: unclosed tag: a'],
    ['a mismatched end tag', '<a><b>x</c></a>', 'malformed XML: 1:11: unexpected close tag.'],
    ['a duplicate attribute', '<a x="1" x="2"/>', 'malformed XML: 1:16: duplicate attribute: x.'],
    ['"]]>" in text', '<a>]]></a>', 'malformed XML: 1:6: the string "]]>" is disallowed in char data.'],
    ['a control character', '<a>\u0001</a>', 'malformed XML: 1:4: disallowed character.'],
    ['text after the root', '<a/>x', 'malformed XML: 1:5: text data outside of root node.'],
    ['a double dash in a comment', '<a><!-- a -- b --></a>', 'malformed XML: 1:13: malformed comment.'],
  ])('refuses %s with saxes\'s message', (_what, xml, message) => {
    expect(parseXmlFast(xml)).toBeNull();
    expect(outcome(parseXmlTree, xml)).toEqual({ error: `MALFORMED_XML: ${message}` });
  });

  it('refuses a start or end tag whose name differs from its partner\'s in one character, with or without the name table', () => {
    // A real filing's every element name (all known to the table), changed at every position: the
    // table's slot is found from the length and three characters, so most changes keep the slot.
    const xml = realXml.find((d) => d.file.endsWith('wave_derivatives/input.xml'))!.xml;
    const tags = [...xml.matchAll(/<(\/?)([A-Za-z][\w]*)>/g)].filter((m, k, all) => all.findIndex((o) => o[0] === m[0]) === k);
    expect(tags.length).toBeGreaterThan(60);
    let cases = 0;
    for (const tag of tags) {
      const name = tag[2]!;
      for (let at = 1; at < name.length; at++) {
        const changed = name.slice(0, at) + (name[at] === 'X' ? 'Y' : 'X') + name.slice(at + 1);
        const doc = xml.slice(0, tag.index) + `<${tag[1]}${changed}>` + xml.slice(tag.index! + tag[0].length);
        expect(agrees(doc)).toBe(false);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(800);
  });

  it('refuses documents nested deeper than saxes\'s path allows, self-closed leaves included', () => {
    const deep = (n: number, leaf: string) => '<a>'.repeat(n) + leaf + '</a>'.repeat(n);
    expect(parseXmlFast(deep(63, '<b/>'))).not.toBeNull();
    expect(parseXmlFast(deep(64, '<b/>'))).toBeNull();
    expect(outcome(parseXmlTree, deep(64, '<b/>'))).toEqual({ error: 'MALFORMED_XML: XML nested deeper than 64 levels' });
  });
});

// Pieces that break or stretch XML, inserted where the generator chooses.
const hostile = fc.constantFrom(
  '<', '>', '&', ']]>', ']]', '"', "'", '=', '/', '?', '!', ' ', '\t', '\r', '\r\n', '\n', '\u0000', '\u0001', '\u000c', '\u0085',
  '\u00a0', 'é', '€', '\ud800', '\udc00', '\u{1F600}', '\ufffe', '\uffff', '\ufeff', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&AMP;',
  '&nbsp;', '&#65;', '&#x41;', '&#X41;', '&#0;', '&#9;', '&#xD;', '&#x110000;', '&#xFFFE;', '&#;', '&#x;', '&;', '&#0000065;',
  '<!--', '-->', '--', '<!-- c -->', '<!---->', '<!--->', '<![CDATA[x]]>', '<?pi x?>', '<?xml version="1.0"?>', '<!DOCTYPE a>',
  '<!ENTITY x "y">', '<x/>', '<x>', '</x>', '</a>', '<a:b/>', '<_x-1.2/>', '<1x/>', '<x y="1"/>', ' x="1"', ' x="1" x="2"', " y='2'",
  ' id="F1"', 'x="1"', '<x y=1/>', '<x y="a<b"/>', '<x y="a\tb"/>', '< x/>', '</ x>', '<x/ >', '<x />', '</x >',
);

/** One edit of the kind damaged or hostile copies have. */
const edit = fc.oneof(
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(hostile, fc.string({ maxLength: 6 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), c: fc.integer({ min: 0, max: 0xffff }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('flipAscii' as const), at: fc.nat(), c: fc.integer({ min: 0, max: 0x7f }) }) },
  // Near markup, where the tokenizer's decisions are: right after a "<" or before a ">".
  { weight: 3, arbitrary: fc.record({ op: fc.constant('nearMarkup' as const), at: fc.nat(), s: hostile, after: fc.boolean() }) },
);

/** Small well-formed-looking documents with every construct of the subset and some beyond it. */
const vocabulary = ['value', 'footnoteId', 'transactionDate', 'securityTitle', 'rptOwnerCik', 'isDirector', 'ownershipDocument', 'transactionAcquiredDisposedCode'];
/** A known name with one character changed: same length, often the same slot of the name table. */
const nearMiss = fc.tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom('X', 'a', '_', '1', '.')).map(([n, k, c]) => {
  const at = k % n.length;
  return at === 0 && !/[A-Za-z_]/.test(c) ? n : n.slice(0, at) + c + n.slice(at + 1);
});
const nameArb = fc.oneof(
  fc.constantFrom('a', 'b', 'x:y', '_u', 'n-1.2', 'é', 'A1', 'xml', ...vocabulary),
  nearMiss,
  fc.stringMatching(/^[a-zA-Z_][\w.-]{0,5}$/),
);
const cleanText = fc.constantFrom('15000', 'Common Stock', ' ', '\n  ', '\r\n', 'a', '&amp;', '&lt;', '&#38;', '&#x20AC;', 'é', '>', ']', '"', "'");
const textArb = fc.array(fc.oneof({ weight: 6, arbitrary: cleanText }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 4 }).map((a) => a.join(''));
const attrArb = fc.tuple(nameArb, fc.constantFrom('"', "'"), textArb).map(([n, q, v]) => ` ${n}=${q}${v.split(q).join('')}${q}`);
const treeArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.tuple(nameArb, fc.array(attrArb, { maxLength: 3 }), fc.array(fc.oneof({ maxDepth: 4, depthSize: 'small' }, textArb, fc.constant('<!-- c -->'), tie('node')), { maxLength: 4 }), fc.boolean())
    .map(([n, attrs, kids, self]) => (self && kids.length === 0 ? `<${n}${attrs.join('')}/>` : `<${n}${attrs.join('')}>${kids.join('')}</${n}>`)),
})).node;
const declArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('', '<?xml version="1.0"?>', "<?xml version='1.0' encoding='ISO-8859-1'?>\n", '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\r\n', '<?xml version = "1.0" ?>', '<?xml  version="1.0"  encoding="utf-8"?>', '<?xml version="1.0"?><!-- c -->\n') },
  { weight: 1, arbitrary: fc.constantFrom('<?xml version="1.1"?>', '<?xml version="1.0" standalone="maybe"?>', '<?xml encoding="UTF-8"?>', '<?xml version="1.0"encoding="UTF-8"?>', ' <?xml version="1.0"?>', '<?xml version="1.0" encoding="8bit"?>', '<?xml version="1.0" standalone="yes" encoding="UTF-8"?>', '<?XML version="1.0"?>', '<?xml version="1.0"?') },
);
const docArb = fc.tuple(declArb, treeArb, fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', '\n', '\n<!-- end -->\n') }, { weight: 1, arbitrary: fc.constantFrom(' x', '<a/>', '&amp;') })).map(([d, t, tail]) => d + t + tail);

// A spread of real documents: every fourth file, bare XML and submissions alike.
const samples = realXml.filter((_, i) => i % 4 === 0).map((d) => d.xml);

describe('fast XML reader against saxes, generated documents (fast-check)', () => {
  it('mutated real filings: the fast reader declines or builds saxes\'s tree; errors are saxes\'s', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 3 }), (doc, edits) => {
        if (agrees(edits.reduce(applyEdit, doc))) accepted++;
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    // Many mutations leave the document well-formed (an edit inside text): the comparison must see
    // accepted documents, not only declined ones.
    expect(accepted).toBeGreaterThan(200);
  });

  it('generated documents, whole and mutated: the same', () => {
    let accepted = 0;
    fc.assert(
      fc.property(docArb, fc.array(edit, { maxLength: 2 }), (doc, edits) => {
        if (agrees(edits.reduce(applyEdit, doc))) accepted++;
      }),
      { numRuns: 4000, seed: 20261123 },
    );
    expect(accepted).toBeGreaterThan(250);
  });
});

describe('decodeInput\'s plain flag (the fast reader skips its own character check when it is set)', () => {
  /** What the flag promises, checked character by character. */
  const isPlainAscii = (text: string): boolean =>
    [...text].every((ch) => {
      const c = ch.charCodeAt(0);
      return c < 0x80 && (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
    });

  function decoded(bytes: Uint8Array): { text: string; plain: boolean } | null {
    try {
      return decodeInput(bytes);
    } catch (e) {
      if (e instanceof ParseError) return null;
      throw e;
    }
  }

  it('is set exactly when the text is ASCII without a control character XML forbids', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: fc.constantFrom('a', ' ', '<', '\t', '\n', '\r', '\f', '\v', '\u0001', '\u001f', '\u007f', 'é', '\u2028'), maxLength: 40 }).map((s) => Buffer.from(s, 'utf8')),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const d = decoded(b);
        if (d !== null) expect(d.plain).toBe(isPlainAscii(d.text));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it('is set for every corpus filing, whose XML then reads to the same tree', () => {
    for (const file of corpusFilingFiles()) expect(decodeInput(readFileSync(file)).plain).toBe(true);
    for (const { xml } of realXml.filter((d) => isPlainAscii(d.xml))) expect(parseXmlFast(xml, true)).toStrictEqual(parseXmlFast(xml));
  });
});
