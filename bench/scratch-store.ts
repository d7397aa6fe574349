import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrafeoStore } from '../src/graph/grafeo-store';

/** `work` on a fresh embedded graph in a temporary folder, closed and removed afterwards. */
export async function withScratchGrafeo<T>(prefix: string, work: (store: GrafeoStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = await GrafeoStore.open(dir);
  try {
    return await work(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
