import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The corpus beside the repository, found as the tests find it (test/helpers/paths.ts), for
 * scripts compiled into dist/ that cannot import from test/: the repository root is the nearest
 * folder up with a package.json, wherever the script was compiled to.
 */
function repoRoot(): string {
  let d = __dirname;
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}
export const SHARED_DIR = process.env.INSIDER_GRAPH_SHARED ?? resolve(repoRoot(), '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

export function corpusFilingFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(xml|txt|nc)$/.test(p) && !p.endsWith('SOURCES.md')) out.push(p);
    }
  };
  walk(CORPUS_DIR);
  return out.sort();
}
