import { startServer } from '../../src/server';
import { openTestStore } from '../graph/helpers/store';

test('/healthz answers 503 once the store no longer answers, and close() stops the server', async () => {
  const { store, dispose } = await openTestStore();
  const server = await startServer({ store, port: 0 });
  const health = server.url.replace(/\/graphql$/, '/healthz');
  try {
    expect((await fetch(health)).status).toBe(200);
    await store.close();
    const res = await fetch(health);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', engine: store.engine, reason: 'the graph store is closed' });
  } finally {
    await server.close();
    await dispose();
  }
  await expect(fetch(health)).rejects.toThrow();
});
