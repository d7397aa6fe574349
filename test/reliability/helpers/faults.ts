import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../helpers/paths';
import { fingerprint, resetGraph, runIngest, seededDelays, type GraphFingerprint } from './kill-ingest';

/** Runs per planned kill: the planned delay, then shorter ones while the run ends first. */
const MAX_ATTEMPTS = 4;

export interface KillReport {
  clean: GraphFingerprint;
  afterKills: GraphFingerprint;
  kills: number;
  killedMidway: number;
  delays: number[];
  cleanMs: number;
}

/**
 * A clean ingest of the corpus, then in a second data dir `kills` ingests each SIGKILLed after a seeded
 * random delay (each re-ingesting over what the last one left), then one ingest to the end: both graphs' fingerprints.
 */
export async function killAndReingest(kills: number, seed: number): Promise<KillReport> {
  const root = mkdtempSync(join(tmpdir(), 'insider-graph-faults-'));
  try {
    await resetGraph();
    const cleanRun = await runIngest(join(root, 'clean'), [CORPUS_DIR]);
    if (cleanRun.code !== 0) throw new Error(`clean ingest failed: ${cleanRun.stderr}`);
    const clean = await fingerprint(join(root, 'clean'));
    await resetGraph();
    const dir = join(root, 'killed');
    // Start-up (node, Grafeo, schema) is about half the run; the writes are in the rest of it.
    const delays = seededDelays(seed, kills, Math.floor(cleanRun.ms * 0.3), Math.ceil(cleanRun.ms * 1.1));
    let killedMidway = 0;
    for (const d of delays) {
      // A run that ended before its kill (the machine got faster, or earlier runs left it less to
      // write) is tried again sooner, so the count of kills that land does not hang on the load.
      for (let delay = d, attempt = 0; attempt < MAX_ATTEMPTS; attempt++, delay = Math.floor(delay * 0.6)) {
        const r = await runIngest(dir, [CORPUS_DIR], delay);
        if (r.signal === 'SIGKILL') {
          killedMidway++;
          break;
        }
        if (r.code !== 0) throw new Error(`ingest before its kill failed: ${r.stderr}`);
      }
    }
    const last = await runIngest(dir, [CORPUS_DIR]);
    if (last.code !== 0) throw new Error(`re-ingest after kills failed: ${last.stderr}`);
    return { clean, afterKills: await fingerprint(dir), kills, killedMidway, delays, cleanMs: cleanRun.ms };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
