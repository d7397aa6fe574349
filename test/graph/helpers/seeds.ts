import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestInput } from '../../../src/ingest/sources';
import { filingSchema, type Filing } from '../../../src/parser';
import { SEEDS_DIR } from '../../helpers/paths';

/** The seeds' expected canonical filings, by the seed's number (000..004). */
export function seedFiling(n: string): Filing {
  const file = ['000_f634a1f8fa0f4dc8', '001_512eeb9e10c94baa', '002_c242a1826b590505', '003_bc326234758fde37', '004_47b33eeacef7bd42'].find((f) => f.startsWith(n));
  if (!file) throw new Error(`no seed ${n}`);
  return filingSchema.parse(JSON.parse(readFileSync(join(SEEDS_DIR, `${file}.expected.json`), 'utf8')));
}

export const seedInput = (n: string, edit: (f: Filing) => Filing = (f) => f): IngestInput => ({ origin: `seed-${n}`, filing: edit(seedFiling(n)) });
