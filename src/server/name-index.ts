import { distance } from 'fastest-levenshtein';
import { allPersonNames, type PersonRecord } from '../graph/queries/persons';
import type { Page, PageWindow } from '../graph/queries/page';
import { cikOfSearch, foldName, searchWords } from '../graph/queries/search';
import type { GraphStore } from '../graph/store';

interface Entry {
  person: PersonRecord;
  folded: string;
  words: string[];
}

/** One letter off (missing, extra or wrong), for search words of four letters or more. */
function nearWord(search: string, word: string): boolean {
  return search.length >= 4 && Math.abs(search.length - word.length) <= 1 && distance(search, word) <= 1;
}

/**
 * People's names held in memory for `people(search:)`: folding every stored name in Cypher costs
 * ~75 ms a search on 12,500 people, a scan of this array well under a millisecond. Same matching as
 * SEARCH_PEOPLE (kept for the role and issuer filters). Loaded on first use; reloaded when older
 * than `maxAgeMs` (another process may write to a Neo4j graph) or after this server ingests.
 */
export class NameIndex {
  /** The names last loaded, and when; searches use them while a reload runs. */
  private ready: { entries: Entry[]; at: number } | undefined;
  private loading: Promise<Entry[]> | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly maxAgeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** After a write of our own: the next search waits for fresh names. */
  invalidate(): void {
    this.ready = undefined;
    this.loading = undefined;
  }

  /** Resolves when no reload is in flight (for shutdown and tests; searches never need to wait on it). */
  async settled(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }

  /**
   * By name (every word a part of the folded name), or by CIK when the search is digits (leading
   * zeros or not). A name search that finds nobody tries again forgiving one letter per word of four
   * letters or more (a letter missing, extra, or wrong: "dilon" finds DILLON), so a typo still finds
   * the person while an exact word never brings in near-misses.
   */
  async search(search: string | null | undefined, w: PageWindow): Promise<Page<PersonRecord> & { total: number }> {
    const entries = await this.current();
    const cik = cikOfSearch(search);
    const words = searchWords(search);
    let hits = entries.filter((e) => (cik !== null && e.person.cik === cik) || words.every((x) => e.folded.includes(x)));
    if (hits.length === 0 && words.length > 0) hits = entries.filter((e) => words.every((x) => e.words.some((y) => nearWord(x, y))));
    return { items: hits.slice(w.skip, w.skip + w.limit).map((e) => e.person), hasNextPage: hits.length > w.skip + w.limit, offset: w.skip, total: hits.length };
  }

  private current(): Promise<Entry[]> {
    if (this.ready && this.now() - this.ready.at <= this.maxAgeMs) return Promise.resolve(this.ready.entries);
    const reload = this.loading ?? this.load();
    // Stale names (changed only by other processes' writes) answer while the reload runs.
    return this.ready ? Promise.resolve(this.ready.entries) : reload;
  }

  private load(): Promise<Entry[]> {
    const at = this.now();
    const loading = allPersonNames(this.store).then((people) =>
      people
        .map((p) => {
          const folded = foldName(p.normName);
          return { person: { key: p.key, cik: p.cik, name: p.name }, folded, words: folded.split(/\s+/).filter((x) => x.length > 0) };
        })
        .sort((a, b) => (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : a.person.key < b.person.key ? -1 : a.person.key > b.person.key ? 1 : 0)),
    );
    this.loading = loading;
    loading.then(
      (entries) => {
        if (this.loading === loading) {
          this.ready = { entries, at };
          this.loading = undefined;
        }
      },
      // A failed load is not kept: the next search tries again.
      () => {
        if (this.loading === loading) this.loading = undefined;
      },
    );
    return loading;
  }
}
