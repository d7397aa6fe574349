import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { GraphStoreError } from './store';

/**
 * Operating-system errors Grafeo reports inside its messages ("... (os error 28)"), as the user should
 * read them. Grafeo 0.6 has no error codes for these: the errno in the text is the only reliable part.
 */
const OS_PROBLEMS: Record<number, { code: string; problem: string }> = {
  28: { code: 'ENOSPC', problem: 'the disk is full' },
  30: { code: 'EROFS', problem: 'the file system is read-only' },
  13: { code: 'EACCES', problem: 'permission denied' },
  1: { code: 'EPERM', problem: 'operation not permitted' },
  122: { code: 'EDQUOT', problem: 'the disk quota is exceeded' },
  5: { code: 'EIO', problem: 'an I/O error from the device' },
};

export type StorageStage = 'open' | 'write' | 'close';

/**
 * The data directory refused a read or write (full disk, read-only file system): the user's to fix,
 * not a bug. `problem` is the cause without the path, for clients that must not see server paths.
 */
export class StorageError extends GraphStoreError {
  constructor(
    readonly dataDir: string,
    readonly stage: StorageStage,
    readonly errno: string,
    readonly problem: string,
    options: { cause?: unknown; note?: string } = {},
  ) {
    super('STORAGE', `${STAGE_TEXT[stage](dataDir)}: ${problem} (${errno}); ${CONSEQUENCE[stage]}${options.note ? `; ${options.note}` : ''}`, { cause: options.cause });
  }

  /** The same error with what the caller knows added, e.g. how far an ingest got. */
  withNote(note: string): StorageError {
    return new StorageError(this.dataDir, this.stage, this.errno, this.problem, { cause: this.cause, note });
  }
}

const STAGE_TEXT: Record<StorageStage, (dir: string) => string> = {
  open: (dir) => `cannot open the graph in ${dir} (INSIDER_GRAPH_DATA)`,
  write: (dir) => `cannot write to the graph in ${dir}`,
  close: (dir) => `cannot checkpoint the graph in ${dir} while closing it`,
};

// What Grafeo guarantees in each case (checked in test/reliability/storage-faults.test.ts).
const CONSEQUENCE: Record<StorageStage, string> = {
  open: 'nothing was read or written',
  write: 'the transaction was rolled back and nothing of it was written',
  close: 'what was committed stays in the write-ahead log and is recovered at the next open',
};

/** A StorageError when `e` is Grafeo reporting an operating-system error we know, else null. */
export function storageError(e: unknown, dataDir: string, stage: StorageStage): StorageError | null {
  // Not `instanceof Error`: the native module's errors come from another realm under jest's VM.
  const message = e !== null && typeof e === 'object' && 'message' in e && typeof e.message === 'string' ? e.message : '';
  const m = /\(os error (\d+)\)/.exec(message);
  const known = m ? OS_PROBLEMS[Number(m[1])] : undefined;
  return known ? new StorageError(dataDir, stage, known.code, known.problem, { cause: e }) : null;
}

/**
 * Why `mkdirSync(dir, { recursive: true })` failed, in the user's terms. On a read-only file system
 * Node's recursive mkdir reports ENOENT ("no such file or directory"), which misleads: the nearest
 * existing folder above is asked for write access instead, which names EROFS or EACCES.
 */
export function mkdirFailure(dir: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (!(e instanceof Error && 'code' in e && e.code === 'ENOENT')) return message;
  let parent = dirname(dir);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
  } catch (denied) {
    return denied instanceof Error ? denied.message : message;
  }
  return message;
}
