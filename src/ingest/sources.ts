import { extname } from 'node:path';
import { readInputFile } from '../files/read-input-file';
import { filingSchema, parseFiling, ParseError, type Filing } from '../parser';
import { documentHash, filingKey, sha256 } from './keys';
import type { ParsedFiling } from './types';

/** What ingest reads: a document's bytes to parse, or a canonical filing already parsed (tests, tools). */
export type IngestInput =
  | { origin: string; bytes: Uint8Array }
  | { origin: string; path: string }
  | { origin: string; filing: Filing };

/** Files to ingest inputs; each is read when its turn comes, so one unreadable file fails alone. */
export function* fileInputs(files: string[]): Generator<IngestInput> {
  for (const origin of files) yield { origin, path: origin };
}

/** One input to a keyed filing, or a ParseError (the parser's, or ours for an invalid canonical JSON). */
export function parseInput(input: IngestInput): ParsedFiling {
  if ('filing' in input) return keyed(input.origin, input.filing, sha256(JSON.stringify(input.filing)));
  if ('path' in input) return parseInput({ origin: input.origin, bytes: readInputFile(input.path) });
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
  return { filing, key: filingKey(filing, contentHash), docHash: documentHash(filing), origin };
}
