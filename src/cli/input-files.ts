import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** In a folder, these endings are filings; HTML renderings, JSON and the like are not. */
const FILING_EXTENSIONS = new Set(['.xml', '.txt', '.nc', '.sgml']);

/**
 * The files a list of command-line paths names: a file as given, a folder as every filing file below
 * it, sorted, hidden entries skipped. A path that does not exist is passed through so the caller
 * reports it as a failed input rather than stopping the run.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) out.push(...(await filingsBelow(p)));
    else out.push(p);
  }
  return out;
}

async function filingsBelow(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await filingsBelow(p)));
    else if (e.isFile() && FILING_EXTENSIONS.has(extname(e.name).toLowerCase())) found.push(p);
  }
  return found.sort();
}

export async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
