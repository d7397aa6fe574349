import { openTestStore, read } from '../graph/helpers/store';
it('probes', async () => {
  const { store, dispose } = await openTestStore();
  await store.executeWrite((tx) => tx.run(`UNWIND range(1, 7) AS n CREATE (:P {key: 'p' + toString(n % 2), n: n, ids: ['F1','F2','F10']})`));
  const tries: Array<[string, Record<string, unknown>]> = [
    [`UNWIND $keys AS k MATCH (p:P {key: k}) WITH k, p ORDER BY p.n DESC WITH k, collect(p.n) AS xs RETURN k, xs[$skip..$skip + $limit] AS page, size(xs) AS total ORDER BY k`, { keys: ['p0', 'p1'], skip: 1, limit: 2 }],
    [`UNWIND $keys AS k CALL { WITH k MATCH (p:P {key: k}) RETURN p.n AS n ORDER BY n DESC SKIP $skip LIMIT $limit } RETURN k, n`, { keys: ['p0', 'p1'], skip: 1, limit: 2 }],
    [`MATCH (p:P {n: 1}) RETURN p.ids[$skip..$skip + $limit] AS s, size(p.ids) AS n`, { skip: 1, limit: 5 }],
    [`MATCH (p:P {n: 1}) UNWIND p.ids AS id WITH DISTINCT id ORDER BY toInteger(substring(id, 1)) RETURN collect(id) AS ids`, {}],
    [`UNWIND $pairs AS pr MATCH (p:P {key: pr.a}) RETURN pr.a AS a, pr.b AS b, count(p) AS n`, { pairs: [{ a: 'p0', b: 'x' }, { a: 'p1', b: 'y' }] }],
    [`UNWIND $keys AS k OPTIONAL MATCH (p:P {key: k, n: 99}) WITH k, collect(p.n) AS xs RETURN k, xs[0..2] AS page, size(xs) AS total`, { keys: ['p0', 'zz'] }],
    [`MATCH (p:P) WITH p.key AS k, p ORDER BY p.n WITH k, collect({n: p.n}) AS xs RETURN k, [x IN xs[1..3] | x.n] AS page ORDER BY k`, {}],
  ];
  for (const [q, p] of tries) {
    try { console.log(q, '\n=>', JSON.stringify(await read(store, q, p), (_k, v) => typeof v === 'bigint' ? Number(v) : v)); } catch (e) { console.log(q, '\n=> ERR', (e as Error).message); }
  }
  await dispose();
});
