/**
 * Edits of the kinds damaged, truncated or hostile copies of a document have, for fast-check
 * generators; each suite draws the edits it needs and applies them here.
 */
export type TextEdit =
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; n: number }
  | { op: 'insert'; at: number; s: string }
  | { op: 'duplicate'; at: number; n: number }
  | { op: 'flip' | 'flipAscii'; at: number; c: number }
  /** `s` right after a "<" or before a ">" at or past `at`: where a tokenizer decides things. */
  | { op: 'nearMarkup'; at: number; s: string; after: boolean };

export function applyEdit(doc: string, e: TextEdit): string {
  const at = e.at % (doc.length + 1);
  switch (e.op) {
    case 'truncate': return doc.slice(0, at);
    case 'delete': return doc.slice(0, at) + doc.slice(at + e.n);
    case 'insert': return doc.slice(0, at) + e.s + doc.slice(at);
    case 'duplicate': return doc.slice(0, at + e.n) + doc.slice(at, at + e.n) + doc.slice(at + e.n);
    case 'flip':
    case 'flipAscii': return doc.slice(0, at) + String.fromCharCode(e.c) + doc.slice(at + 1);
    case 'nearMarkup': {
      const mark = doc.indexOf(e.after ? '<' : '>', at);
      if (mark < 0) return doc + e.s;
      const p = e.after ? mark + 1 + (at % 3) : mark;
      return doc.slice(0, p) + e.s + doc.slice(p);
    }
  }
}
