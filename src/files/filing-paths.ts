import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** In a folder, these endings are filings (XML, submissions, OCR text); HTML renderings and JSON are not. */
const FILING_EXTENSIONS = new Set(['.xml', '.txt', '.nc', '.sgml']);

/**
 * The files a list of command-line paths names: a file as given, a folder as every filing file below it,
 * sorted, hidden entries skipped. A path that does not exist is passed through, so that it is reported
 * as one failed input rather than stopping the run.
 */
export function expandFilingPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (isDirectory(p)) out.push(...filingsBelow(p));
    else out.push(p);
  }
  return out;
}

function filingsBelow(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...filingsBelow(p));
    else if (e.isFile() && FILING_EXTENSIONS.has(extname(e.name).toLowerCase())) found.push(p);
  }
  return found;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
