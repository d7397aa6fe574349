import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_INPUT_BYTES, ParseError } from '../parser';

/** A file that could not be read at all (missing, a folder, no permission). */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  readonly code = 'UNREADABLE_FILE';
}

/**
 * The bytes of one input file. A file over the parser's size limit is refused from its size, before
 * it is read, with the parser's own TOO_LARGE error.
 */
export function readInputFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputFileError(fileErrorMessage(e));
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_INPUT_BYTES) {
      throw new ParseError('TOO_LARGE', `input is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
    }
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw new InputFileError(fileErrorMessage(e));
  } finally {
    closeSync(fd);
  }
}

function fileErrorMessage(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a folder, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return e instanceof Error ? e.message : String(e);
  }
}
