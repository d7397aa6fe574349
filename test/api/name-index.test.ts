import { ingestInputs } from '../../src/ingest';
import { NameIndex } from '../../src/server/name-index';
import { openTestStore } from '../graph/helpers/store';
import { CountingStore, seedInputs } from './helpers/api';

/** The name index over a real graph of the seeds, with a hand-driven clock. */
test('loads once, serves stale names while reloading, and waits for fresh ones after invalidate', async () => {
  const { store: raw, dispose } = await openTestStore();
  try {
    await ingestInputs(seedInputs().slice(0, 4), { store: raw }); // Dillon and Harris, not Polizzi
    const store = new CountingStore(raw);
    let now = 0;
    const names = new NameIndex(store, 1000, () => now);
    const page = { skip: 0, limit: 10 };

    expect((await names.search('p0lizzi', page)).total).toBe(0);
    expect((await names.search('harris', page)).items.map((p) => p.name)).toEqual(['Harris Kathleen A.']);
    expect(store.statements).toBe(1);

    await ingestInputs(seedInputs().slice(4), { store: raw }); // Polizzi, written by "another process"
    now = 2000;
    // Stale: answered from the old names while a reload starts.
    expect((await names.search('p0lizzi', page)).total).toBe(0);
    // The reload's one statement: counted once it has reached the store (on Neo4j, after a session opens).
    await names.settled();
    expect(store.statements).toBe(2);
    expect((await names.search('POLIZZI peter', page)).items.map((p) => p.name)).toEqual(['Polizzi Peter']);

    names.invalidate();
    expect((await names.search('', { skip: 1, limit: 1 })).items.map((p) => p.name)).toEqual(['Harris Kathleen A.']);
    expect(store.statements).toBe(3);
  } finally {
    await dispose();
  }
});
