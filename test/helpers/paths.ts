import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, whichever test file asks. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
/** ../shared beside the repository (it is there in CI too); INSIDER_GRAPH_SHARED overrides. */
export const SHARED_DIR = process.env.INSIDER_GRAPH_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
export const SCHEMA_FILE = join(SHARED_DIR, 'schema', 'filing.schema.json');

/** Every file below a folder, sorted, for deterministic test order. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The corpus files that hold a filing (XML and submission text); HTML renderings and JSON are not. */
export function corpusFilingFiles(): string[] {
  return filesUnder(CORPUS_DIR).filter((f) => /\.(xml|txt|nc)$/.test(f) && !f.endsWith('SOURCES.md'));
}
