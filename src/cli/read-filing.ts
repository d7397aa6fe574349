import { InputFileError, readInputFile } from '../files/read-input-file';
import { ParseError, parseFiling, type Filing } from '../parser';

export type FileOutcome = { file: string; filing: Filing } | { file: string; error: { code: string; message: string } };

/** Read and parse one file, never throwing for the file's sake: every refusal becomes a coded error. */
export function readFiling(file: string): FileOutcome {
  try {
    return { file, filing: parseFiling(readInputFile(file), { filename: file }) };
  } catch (e) {
    if (e instanceof ParseError || e instanceof InputFileError) return { file, error: { code: e.code, message: e.message } };
    throw e;
  }
}
