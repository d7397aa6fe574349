import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expandFilingPaths } from '../src/files/filing-paths';

/**
 * ../shared beside the repository, found as the tests find it (test/helpers/paths.ts), for scripts
 * compiled into dist/ that cannot import from test/: the repository root is the nearest folder up
 * with a package.json, wherever the script was compiled to.
 */
function repoRoot(): string {
  let d = __dirname;
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}
export const SHARED_DIR = process.env.INSIDER_GRAPH_SHARED ?? resolve(repoRoot(), '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

/** The corpus's filing files, found as `insider-graph parse` and `ingest` find files in a folder. */
export function corpusFilingFiles(): string[] {
  return expandFilingPaths([CORPUS_DIR]);
}
