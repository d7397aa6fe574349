import type { GraphStore } from '../../src/graph/store';
import { engineName, openTestStore, read } from './helpers/store';

/*
 * What a read transaction guarantees on both engines, whatever it costs: a statement that writes,
 * run through executeRead, never changes the graph (Grafeo rolls the read back, Neo4j refuses it),
 * and the rows come back as plain values.
 */
describe('the read path', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    await store.executeWrite((tx) => tx.run("CREATE (:ReadPathProbe {key: 'a', n: 1})"));
  });
  afterAll(() => dispose());

  it('a write sent through executeRead leaves the graph as it was', async () => {
    const attempt = store.executeRead(async (tx) => {
      await tx.run("CREATE (:ReadPathProbe {key: 'b', n: 2})");
      await tx.run("MATCH (p:ReadPathProbe {key: 'a'}) SET p.n = 99");
      return 'ran';
    });
    // Neo4j refuses a write in a READ session; Grafeo runs it and rolls it back.
    if (engineName() === 'neo4j') await expect(attempt).rejects.toThrow();
    else await expect(attempt).resolves.toBe('ran');
    expect(await read(store, 'MATCH (p:ReadPathProbe) RETURN p.key AS key, p.n AS n ORDER BY key')).toEqual([{ key: 'a', n: 1 }]);
  });

  it('a read sees what was committed before it began', async () => {
    await store.executeWrite((tx) => tx.run("CREATE (:ReadPathProbe {key: 'c', n: 3})"));
    expect(await read(store, 'MATCH (p:ReadPathProbe) RETURN p.key AS key ORDER BY key')).toEqual([{ key: 'a' }, { key: 'c' }]);
    await store.executeWrite((tx) => tx.run("MATCH (p:ReadPathProbe {key: 'c'}) DELETE p"));
  });

  it('rows hold plain values: numbers, exact big integers, strings, lists, maps, dates', async () => {
    const rows = await read(
      store,
      "RETURN 1 AS one, 2.5 AS half, 9007199254740993 AS big, 'x' AS s, null AS nothing, true AS yes, [1, 'a', [2]] AS list, {k: 'v', m: {d: 4}} AS map, toString(date('2020-02-29')) AS day, [] AS empty",
    );
    expect(rows).toEqual([
      { one: 1, half: 2.5, big: 9007199254740993n, s: 'x', nothing: null, yes: true, list: [1, 'a', [2]], map: { k: 'v', m: { d: 4 } }, day: '2020-02-29', empty: [] },
    ]);
    // Several rows keep their own values and their columns in order.
    const many = await read(store, 'UNWIND range(1, 3) AS i RETURN i, i * 10 AS tenfold ORDER BY i');
    expect(many).toEqual([{ i: 1, tenfold: 10 }, { i: 2, tenfold: 20 }, { i: 3, tenfold: 30 }]);
    expect(many.map((r) => Object.keys(r))).toEqual([['i', 'tenfold'], ['i', 'tenfold'], ['i', 'tenfold']]);
  });

  it('a node comes back as its properties and labels, without the engine’s internal id', async () => {
    const [row] = await read(store, "MATCH (p:ReadPathProbe {key: 'a'}) RETURN p");
    expect(row).toEqual({ p: { _labels: ['ReadPathProbe'], key: 'a', n: 1 } });
  });
});
