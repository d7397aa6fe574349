/** Where a command writes, so tests can run commands in-process and read what they printed. */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  exitCode: number;
}

/** Bad usage of a command: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function processIO(): CommandIO {
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    exitCode: 0,
  };
}
