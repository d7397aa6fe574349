import { distance } from 'fastest-levenshtein';

/**
 * Finding printed labels in OCR text. Labels come split across cells, with letters dropped or
 * misread ("Transac Date", "belov"), so matching is by edit distance over the normalised words,
 * never by exact string.
 */

export function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
}

/** Whether two words are the same word read with at most one error per four letters. */
export function wordMatches(word: string, target: string): boolean {
  if (word === target) return true;
  const allowed = Math.floor(target.length / 4);
  if (allowed === 0) return false;
  if (Math.abs(word.length - target.length) > allowed) return false;
  // One edit changes at most one end of a word: with both ends wrong it is two edits or more.
  // (A cheap test first; this runs for every word against every label.)
  if (allowed === 1 && word.charCodeAt(0) !== target.charCodeAt(0) && word.charCodeAt(word.length - 1) !== target.charCodeAt(target.length - 1)) return false;
  return distance(word, target) <= allowed;
}

/**
 * Where a label starts in a text: the index (in words of the normalised text) of the best window
 * of words that matches the label, or -1. A label matches when most of its words are found in
 * order, tolerating misread and missing words.
 */
const targets = new Map<string, string[]>();

export function findLabel(haystackWords: readonly string[], label: string, minShare = 0.75, maxStart = Infinity): { start: number; end: number } | null {
  let target = targets.get(label);
  if (!target) {
    target = normalise(label).split(' ').filter(Boolean);
    targets.set(label, target);
  }
  if (target.length === 0) return null;
  const need = Math.max(1, Math.ceil(target.length * minShare));
  const starts = Math.min(haystackWords.length, maxStart + 1);
  for (let i = 0; i < starts; i++) {
    if (!wordMatches(haystackWords[i]!, target[0]!) && !(target.length > 1 && wordMatches(haystackWords[i]!, target[1]!))) continue;
    // Greedy in-order matching over a window a little longer than the label.
    let ti = wordMatches(haystackWords[i]!, target[0]!) ? 1 : 2;
    let hits = 1;
    let j = i + 1;
    // The label ends after its last word that matched: a misread last word is not the value.
    let end = j;
    const limit = Math.min(haystackWords.length, i + target.length + 3);
    while (j < limit && ti < target.length) {
      if (wordMatches(haystackWords[j]!, target[ti]!)) { hits++; ti++; j++; end = j; continue; }
      if (ti + 1 < target.length && wordMatches(haystackWords[j]!, target[ti + 1]!)) { hits++; ti += 2; j++; end = j; continue; }
      j++;
      if (j - i > target.length + 2) break;
    }
    if (hits >= need) {
      // A last label word misread (not matched) still belongs to the label, not to the value.
      if (ti === target.length - 1 && end < haystackWords.length && !/\d/.test(haystackWords[end]!)) end++;
      return { start: i, end };
    }
  }
  return null;
}

/** Whether a text contains a label, fuzzily. */
export function hasLabel(text: string, label: string, minShare = 0.75): boolean {
  return findLabel(normalise(text).split(' ').filter(Boolean), label, minShare) !== null;
}
