import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { filingSchema, parseFiling, ParseError, type Filing } from '../parser';
import { filingKey, sha256 } from './keys';
import type { ParsedFiling } from './types';

/** What ingest reads: a document's bytes to parse, or a canonical filing already parsed (tests, tools). */
export type IngestInput =
  | { origin: string; bytes: Uint8Array }
  | { origin: string; filing: Filing }
  /** A file that could not be read: it becomes a failure in the summary, and the run goes on. */
  | { origin: string; readError: string };

/** Extensions a folder is searched for: ownership XML, EDGAR submissions (.txt/.nc) and OCR text. */
const FILING_EXTENSIONS = new Set(['.xml', '.txt', '.nc']);

/**
 * Files and folders to the files to ingest, folders searched recursively and sorted. A canonical
 * filing JSON is taken only when named: folders often hold them beside the document they came
 * from (the seeds' *.expected.json), and the same filing twice under two keys would be double-counted.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (FILING_EXTENSIONS.has(extname(e.name).toLowerCase()) && e.name !== 'SOURCES.md') out.push(p);
    }
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

export function* fileInputs(files: string[]): Generator<IngestInput> {
  for (const origin of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(origin);
    } catch (e) {
      yield { origin, readError: e instanceof Error ? e.message : String(e) };
      continue;
    }
    yield { origin, bytes };
  }
}

/** One input to a keyed filing, or a ParseError (the parser's, or ours for an invalid canonical JSON). */
export function parseInput(input: IngestInput): ParsedFiling {
  if ('readError' in input) throw new ReadError(input.readError);
  if ('filing' in input) return keyed(input.origin, input.filing, sha256(JSON.stringify(input.filing)));
  if (extname(input.origin).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(input.bytes).toString('utf8'));
    } catch (e) {
      throw new ParseError('INVALID_FILING', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = filingSchema.safeParse(json);
    if (!parsed.success) throw new ParseError('INVALID_FILING', `not a canonical filing: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return keyed(input.origin, parsed.data, sha256(input.bytes));
  }
  return keyed(input.origin, parseFiling(input.bytes, { filename: input.origin }), sha256(input.bytes));
}

function keyed(origin: string, filing: Filing, contentHash: string): ParsedFiling {
  return { filing, key: filingKey(filing, contentHash), origin };
}

export class ReadError extends Error {
  override readonly name = 'ReadError';
}
