import { wordMatches } from './fuzzy';

/**
 * The header of plain OCR text (Tesseract and the like: no tabs, no markup) is read line by line
 * across the page, so one line holds pieces of two or three boxes: values and the captions of the
 * boxes beside them ("BOTHA ROELOF (Month/Day/Year) Unity Software Inc. [ U ]"). A line is cut
 * here into the values it holds, in order: the printed captions (fuzzily: OCR misreads their
 * letters), box numbers, check boxes with their words and the address captions are taken out and
 * leave a cut; a date stands alone; an issuer name ends at its bracketed ticker.
 */
export type SegmentKind = 'value' | 'date' | 'issuer';

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** For an issuer: the name and the ticker. */
  name?: string;
  ticker?: string;
  /** For a date: ISO. */
  iso?: string;
}

/** Every word the boxes' captions print, on any of the three forms (normalised). */
const CAPTION_TEXT = [
  'Name and Address of Reporting Person*', 'Issuer Name and Ticker or Trading Symbol',
  'Date of Earliest Transaction (Month/Day/Year)', "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
  'Date of Event Requiring Statement (Month/Day/Year)', 'If Amendment, Date of Original Filed (Month/Day/Year)',
  'If Amendment, Date Original Filed', 'Relationship of Reporting Person(s) to Issuer (Check all applicable)',
  'Individual or Joint/Group Filing (Check Applicable Line)', 'Individual or Joint/Group Reporting (check applicable line)',
  'I.R.S. Identification Number of Reporting Person, if an entity (voluntary)',
  // What is left of the check boxes' words when OCR breaks them up ("(give title", "below)").
  '(give title below) (specify below)',
].join(' ');

const VOCAB = [...new Set(CAPTION_TEXT.toLowerCase().split(/\s+/).map(core).filter((w) => w.length > 0))];
const VOCAB_SET = new Set(VOCAB);
const LONG_VOCAB = VOCAB.filter((w) => w.length >= 5);

function core(w: string): string {
  return w.toLowerCase().replace(/^[^a-z0-9%]+|[^a-z0-9%]+$/g, '').replace(/[’']s$/, "'s");
}

/** Words as printed, already classified (captions repeat on every page: most words are seen before). */
const wordMemo = new Map<string, boolean>();

function isCaptionWord(w: string): boolean {
  const known = wordMemo.get(w);
  if (known !== undefined) return known;
  const hit = captionWord(w);
  if (wordMemo.size > 20_000) wordMemo.clear();
  wordMemo.set(w, hit);
  return hit;
}

function captionWord(w: string): boolean {
  const c = core(w);
  if (c === '') return false;
  if (VOCAB_SET.has(c)) return true;
  if (c.length < 5) return false;
  for (const v of LONG_VOCAB) if (Math.abs(v.length - c.length) <= 2 && wordMatches(c, v)) return true;
  return false;
}

/** A check box as OCR prints it, checked or not: [X], [xX], [_], [], (X), ( ), X, x, ☒, ☐, •. */
const GLYPH = String.raw`(?:\[[^\]]{0,3}\]|\(\s?[xX]?\s?\)|[xX☒☐☑•■]{1,2}(?=\s)|_+[xX]?_+|L\]|CT|im)`;
const CHECK_PHRASES = new RegExp(
  String.raw`(?:${GLYPH}\s*)?(?:Director\b(?=\s*(?:${GLYPH}|10\s?%|$))|10\s?% Owner|Officer \(give title below\)|Other \(specify below\)|Form filed by (?:One|More than One) Reporting\s+Person)|${GLYPH}(?=\s+(?:Director|Officer|Other|10|Form)\b)`,
  'g',
);
const ADDRESS_CAPTIONS = /\(\s*(?:Last|First|Middle|Street|City|State|Zip)\s*\)/gi;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TICKER = /^(.*?)\s*[[({]\s*([A-Z][A-Za-z.]{0,5}|[A-Z]{1,5}\.[A-Z])\s*[\])}|]\s*$/;
/** A cut between two values. */
const CUT = '\u0001';

/** The values of one header line, in order. */
export function lineSegments(text: string): Segment[] {
  let t = text.replace(/\|/g, CUT);
  if (/Director|Owner|Officer|Other|Form filed|\[|☒|☐/.test(t)) t = t.replace(CHECK_PHRASES, CUT);
  if (t.includes('(')) t = t.replace(ADDRESS_CAPTIONS, CUT);
  const out: Segment[] = [];
  for (const chunk of t.split(CUT)) {
    const words = chunk.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 0) pushValue(run.join(' '), out);
      run = [];
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (/^\d{1,2}[A-Z]?\.$/.test(w) && i + 1 < words.length && isCaptionWord(words[i + 1]!)) {
        // A box number starts a caption: the caption runs while its words do.
        flush();
        let j = i + 1;
        while (j < words.length && isCaptionWord(words[j]!)) j++;
        i = j - 1;
        continue;
      }
      if (isCaptionWord(w)) {
        let j = i;
        while (j < words.length && isCaptionWord(words[j]!)) j++;
        const n = j - i;
        const tail = words[j - 1]!;
        // One caption word among others may be a value's ("Bank of America"); two or more in a
        // row, a caption's bracketed or starred end ("Line)", "Person*") or a word alone between
        // cuts (a wrapped caption's last word, "Symbol") are the caption.
        if (n >= 2 || /[)*]$/.test(tail) || /^\(/.test(w) || words.length === 1) {
          flush();
          i = j - 1;
          continue;
        }
      }
      const d = DATE.exec(w.replace(/^[^\d]+|[^\d]+$/g, ''));
      if (d) {
        flush();
        out.push({ kind: 'date', text: w, iso: `${d[3]}-${d[1]!.padStart(2, '0')}-${d[2]!.padStart(2, '0')}` });
        continue;
      }
      run.push(w);
      // An issuer ends at its ticker in brackets: what follows is another box's.
      if (/[\])}|]$/.test(w) && TICKER.test(run.join(' '))) flush();
    }
    flush();
  }
  return out;
}

/** What a scan leaves after a value: rules and specks (`: : 3 =`, `. “`), a check box's remains (`[APP icade`). */
function trimDebris(s: string): string {
  let words = s.split(' ').filter(Boolean);
  // A bracket that nothing closes (a ticker's does: "[ U ]").
  const open = words.findIndex((w, i) => i > 0 && /^[[{]/.test(w) && !words.slice(i).some((x) => /[\]}]$/.test(x)));
  if (open > 0) words = words.slice(0, open);
  const junk = (w: string): boolean => (/^[^A-Za-z0-9]+$/.test(w) && !/[\])}]/.test(w)) || /^[a-z]{1,3}$/.test(w) || (/^\d$/.test(w) && words.length > 2);
  while (words.length > 1 && junk(words[words.length - 1]!)) words.pop();
  // Two or more one-letter words at the end are specks, not a middle initial.
  let k = words.length;
  while (k > 1 && /^[A-Za-z]$/.test(words[k - 1]!)) k--;
  if (words.length - k >= 2) words = words.slice(0, k);
  return words.join(' ');
}

function pushValue(s: string, out: Segment[]): void {
  // (A street line may end in a comma: "C/O REINVENT TECHNOLOGY PARTNERS,".)
  const text = trimDebris(s.replace(/^[\s,;:*_-]+|[\s;:_-]+$/g, '')).replace(/[\s;:_-]+$/, '');
  // What is left of a check box or a rule (`L]`, `CT`, `[[]`) is no value.
  if (text === '' || (text.length <= 2 && !/^\d+$/.test(text)) || /^[[\]()_|{}\s]+$/.test(text)) return;
  const m = TICKER.exec(text);
  if (m && /[A-Za-z]{2}/.test(m[1]!)) {
    out.push({ kind: 'issuer', text, name: m[1]!.trim(), ticker: m[2]!.toUpperCase() });
    return;
  }
  out.push({ kind: 'value', text });
}
