import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES, ParseError, parseFiling, type Filing } from '../parser';

export interface FailedInput {
  code: string;
  message: string;
}

export type FileOutcome = { file: string; filing: Filing } | { file: string; error: FailedInput };

/**
 * Read and parse one file, never throwing: an unreadable or oversized file and a document that is not
 * a filing all become an error with a code. A file over the size limit is refused before it is read.
 */
export async function readFiling(file: string): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_INPUT_BYTES) {
        const mb = (size / 1048576).toFixed(1);
        return { file, error: { code: 'TOO_LARGE', message: `input is ${mb} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit` } };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { file, error: { code: 'UNREADABLE_FILE', message: fileErrorMessage(e) } };
  }
  try {
    return { file, filing: parseFiling(bytes, { filename: file }) };
  } catch (e) {
    if (e instanceof ParseError) return { file, error: { code: e.code, message: e.message } };
    throw e;
  }
}

function fileErrorMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a folder, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return e instanceof Error ? e.message : String(e);
  }
}
