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
      const k = slotOf(name);
      this.slots[k] = [...(this.slots[k] ?? []), name];
    }
  }

  canonical(name: string): string {
    const slot = this.slots[slotOf(name)];
    if (slot !== undefined) for (const known of slot) if (known === name) return known;
    return name;
  }
}

const SLOTS = 512;

/** Length and three characters: the 65 ownership names fall in 62 slots of 512. */
function slotOf(name: string): number {
  const n = name.length;
  return (n * 31 + name.charCodeAt(0) * 7 + name.charCodeAt(n - 1) * 3 + name.charCodeAt(n >> 1)) & (SLOTS - 1);
}
