/**
 * npm run bench:parse: parse every filing of ../shared/corpus (and the OCR seeds) many times in one
 * process, on one core, and print filings per second and MB/s per input format, for the corpus alone
 * and for everything (medians of rounds).
 */
import { readFileSync } from 'node:fs';
import { detectFormat } from '../src/parser/detect';
import { parseFiling, type SourceFormat } from '../src/parser';
import { machineLine, median } from './machine';
import { corpusFilingFiles, SEEDS_DIR } from './shared-paths';
import { expandFilingPaths } from '../src/files/filing-paths';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const MIN_SECONDS_PER_ROUND = 1;

interface Input { file: string; bytes: Buffer }

function inputsByFormat(files: readonly string[]): Map<SourceFormat, Input[]> {
  const groups = new Map<SourceFormat, Input[]>();
  for (const file of files) {
    const bytes = readFileSync(file);
    try {
      parseFiling(bytes, { filename: file });
    } catch {
      continue; // a format this build cannot read yet is left out of its figure, not counted as fast
    }
    const format = detectFormat(bytes.toString('utf8'));
    groups.set(format, [...(groups.get(format) ?? []), { file, bytes }]);
  }
  return groups;
}

interface Round {
  filingsPerSecond: number;
  /** Filings per second of this process's own CPU time: what other jobs on the host disturb least. */
  filingsPerCpuSecond: number;
  mbPerSecond: number;
}

function round(inputs: Input[]): Round {
  let filings = 0;
  let bytes = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < MIN_SECONDS_PER_ROUND) {
    for (const input of inputs) {
      parseFiling(input.bytes, { filename: input.file });
      bytes += input.bytes.length;
    }
    filings += inputs.length;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const used = process.cpuUsage(cpu);
  return { filingsPerSecond: filings / seconds, filingsPerCpuSecond: filings / ((used.user + used.system) / 1e6), mbPerSecond: bytes / seconds / 1e6 };
}

function main(): void {
  console.log(`bench:parse on ${machineLine()}; ${ROUNDS} rounds of ≥${MIN_SECONDS_PER_ROUND}s each, medians`);
  const corpusFiles = new Set(corpusFilingFiles());
  // The seeds folder also holds each seed's expected JSON, which the folder walk leaves out.
  const groups = inputsByFormat([...corpusFiles, ...expandFilingPaths([SEEDS_DIR])]);
  const all: Input[] = [];
  for (const [format, inputs] of groups) {
    all.push(...inputs);
    for (const input of inputs) parseFiling(input.bytes, { filename: input.file }); // warm the JIT
    const rounds = Array.from({ length: ROUNDS }, () => round(inputs));
    const avgKb = inputs.reduce((a, i) => a + i.bytes.length, 0) / inputs.length / 1024;
    console.log(`${format.padEnd(17)} ${String(inputs.length).padStart(4)} files, avg ${avgKb.toFixed(1)} KB: ${figures(rounds)}`);
  }
  // The whole corpus (ownership XML and submissions, no OCR seeds): what issue 2's target names.
  printMixed('corpus', all.filter((i) => corpusFiles.has(i.file)));
  printMixed('all', all);
}

function printMixed(label: string, inputs: Input[]): void {
  const rounds = Array.from({ length: ROUNDS }, () => round(inputs));
  console.log(`${label.padEnd(17)} ${String(inputs.length).padStart(4)} files: ${figures(rounds)}`);
}

function figures(rounds: Round[]): string {
  const m = (f: (r: Round) => number): number => median(rounds.map(f));
  return `${m((r) => r.filingsPerSecond).toFixed(0).padStart(6)} filings/s, ${m((r) => r.mbPerSecond).toFixed(1)} MB/s; ${m((r) => r.filingsPerCpuSecond).toFixed(0)} filings per CPU-second`;
}

main();
