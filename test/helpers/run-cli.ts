import { runCli } from '../../src/cli/program';
import type { CommandIO } from '../../src/cli/io';

export interface CliResult {
  status: number;
  stdout: string[];
  stderr: string[];
}

/** Run the command line in-process and capture what it printed, line by line. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIO = { out: (l) => stdout.push(...l.split('\n')), err: (l) => stderr.push(...l.split('\n')), exitCode: 0 };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}
