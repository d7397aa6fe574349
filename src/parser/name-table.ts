/**
 * The one string of each known element name. A name the XML reader cuts out of a document is a new
 * string each time; swapping it for this table's string of the same value makes the mapping's many
 * name comparisons identity checks (V8 tells two different internalised strings apart without
 * reading them) and objects keyed by names cheap. A name outside the table stays as it was, so the
 * table changes speed, never a value.
 */
export class NameTable {
  private readonly slots: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(SLOTS).fill(undefined);

  /** `names` must be string literals (or otherwise internalised) for the identity checks to pay. */
  constructor(names: readonly string[]) {
    for (const name of names) {
      const k = slotAt(name, 0, name.length);
      this.slots[k] = [...(this.slots[k] ?? []), name];
    }
  }

  canonical(name: string): string {
    return this.nameAt(name, 0, name.length) ?? name;
  }

  /** The table's name that text[from, from + length) spells, if any. */
  nameAt(text: string, from: number, length: number): string | undefined {
    if (length <= 0) return undefined;
    const slot = this.slots[slotAt(text, from, length)];
    if (slot === undefined) return undefined;
    // endsWith at a position: the cheapest comparison of a part of a string that V8 has.
    for (const known of slot) if (known.length === length && text.endsWith(known, from + length)) return known;
    return undefined;
  }
}

const SLOTS = 512;

/** Length and three characters: the 72 ownership names fall in 68 slots of 512. */
function slotAt(text: string, from: number, n: number): number {
  return (n * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(from + n - 1) * 3 + text.charCodeAt(from + (n >> 1))) & (SLOTS - 1);
}
