import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling, ParseError, type Filing } from '../../src/parser';
import { deepText, parseXmlTree, parseXmlTreeWithSaxes } from '../../src/parser/xml-tree';
import { CORPUS_DIR } from '../helpers/paths';

/*
 * Shapes of real EDGAR input the parser refused or misread, each a fixture made by editing a real
 * filing (the edit is described where it is made):
 *  - Brin's Form 4 0001209191-22-024552 (doc4.xml): three Class B holdings rows, footnotes F1..F7
 *    (F6 "All shares are exercisable as of the transaction date.", F7 "There is no expiration date
 *    for the Issuer's Class B Common Stock.", both cited by every Class B row).
 *  - O'Brien's submission 0000320193-23-000079 (full-submission.txt).
 */
const BRIN = readFileSync(join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor/GOOG/000120919122024552/doc4.xml'), 'utf8');
const OBRIEN = readFileSync(join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000079/full-submission.txt'), 'utf8');

/** The edit: every element name gets the prefix own:, and the root binds it to a namespace. */
function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)/g, '<$1own:$2')
    .replace('<own:ownershipDocument>', '<own:ownershipDocument xmlns:own="http://www.sec.gov/edgar/ownership">');
}

const content = (f: Filing): unknown => ({ ...f, source: undefined, warnings: undefined });

describe('an ownershipDocument with a namespace prefix', () => {
  it('reads as the same filing as without it (XML alone)', () => {
    const plain = parseFiling(BRIN);
    const withPrefix = parseFiling(prefixed(BRIN));
    expect(content(withPrefix)).toEqual(content(plain));
    expect(withPrefix.derivativeHoldings.map((h) => h.sharesOwnedFollowingTransaction)).toEqual([18509696, 8635, 8635]);
  });

  it('reads without its XML declaration too (the prefixed root is the first thing in the file)', () => {
    const bare = prefixed(BRIN.replace(/^\s*<\?xml[^>]*\?>\s*/, ''));
    expect(bare.startsWith('<own:ownershipDocument')).toBe(true);
    expect(content(parseFiling(bare))).toEqual(content(parseFiling(BRIN)));
  });

  it('is found inside a submission too', () => {
    const xml = OBRIEN.slice(OBRIEN.indexOf('<XML>') + 5, OBRIEN.indexOf('</XML>'));
    const edited = OBRIEN.replace(xml, `\n${prefixed(xml.trim().replace(/^<\?xml[^>]*\?>/, '').trim())}\n`);
    const f = parseFiling(edited);
    expect(f.source?.accessionNumber).toBe('0000320193-23-000079');
    expect(f.nonDerivativeTransactions.map((t) => t.shares)).toEqual([31896, 16477, 15419]);
  });
});

describe('text mixed with child markup', () => {
  // The edit: F7's "expiration" wrapped in <b>...</b>, and a <i>...</i> around "Trading Plan" in the remarks.
  const edited = BRIN.replace("There is no expiration date for the Issuer's", "There is no <b>expiration</b> date for the Issuer's").replace(
    'Rule 10b5-1 Trading Plan adopted',
    'Rule 10b5-1 <i>Trading Plan</i> adopted',
  );

  it('keeps document order in footnotes and remarks', () => {
    const f = parseFiling(edited);
    expect(f.footnotes.find((n) => n.id === 'F7')?.text).toBe("There is no expiration date for the Issuer's Class B Common Stock.");
    expect(f.remarks).toMatch(/^All transactions reported in this Form 4 were effected pursuant to a Rule 10b5-1 Trading Plan adopted by the Reporting Person\./);
  });

  it('in both XML readers', () => {
    const xml = '<footnote id="F1">a <b>b</b> c <i>d <u>e</u> f</i> g</footnote>';
    for (const tree of [parseXmlTree(xml), parseXmlTreeWithSaxes(xml)]) expect(deepText(tree)).toBe('a b c d e f g');
  });
});

describe('a header-only submission', () => {
  // The edit: O'Brien's submission cut after </SEC-HEADER> (what EDGAR serves as .hdr.sgml); and the
  // tagged header of 0001127602-25-004598.nc without its <DOCUMENT>.
  const header = OBRIEN.slice(0, OBRIEN.indexOf('</SEC-HEADER>') + '</SEC-HEADER>'.length);
  const nc = readFileSync(join(CORPUS_DIR, 'dgunning_edgartools/data/sgml/0001127602-25-004598.nc'), 'utf8');
  const taggedHeader = `${nc.slice(0, nc.indexOf('<DOCUMENT>'))}</SUBMISSION>`;

  it.each([
    ['the indented header', header],
    ['the indented header without its first line', header.slice(header.indexOf('\n') + 1)],
    ['the tagged header', taggedHeader],
    // O'Brien's <DOCUMENT> alone, its <XML> block taken out: a submission's part, not malformed XML.
    ['a <DOCUMENT> without an <XML> block', OBRIEN.slice(OBRIEN.indexOf('<DOCUMENT>')).replace(/<XML>[\s\S]*<\/XML>/, '')],
  ])('%s says it holds no ownership document', (_label, text) => {
    let error: unknown;
    try {
      parseFiling(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe('NO_OWNERSHIP_DOCUMENT');
  });
});

describe('a footnote cited but never defined', () => {
  // The edit: the definition of F7 removed from <footnotes>; the three Class B rows still cite it.
  const edited = BRIN.replace(/<footnote id="F7">[^<]*<\/footnote>/, '');

  it('is warned about, once per row, and the filing still reads', () => {
    const f = parseFiling(edited);
    expect(f.footnotes.map((n) => n.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
    expect(f.warnings?.filter((w) => w.message.includes('F7'))).toEqual([0, 1, 2].map((i) => ({ path: `derivativeHoldings[${i}].footnoteIds`, message: 'footnote F7 is cited but not defined in <footnotes>' })));
  });

  it('is not warned about when every cited footnote is defined', () => {
    expect(parseFiling(BRIN).warnings?.filter((w) => w.message.includes('not defined'))).toEqual([]);
  });
});
