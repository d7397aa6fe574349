import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseFiling, type Filing } from '../src/parser';
import { CORPUS_DIR, SHARED_DIR, corpusFilingFiles } from './shared-paths';
import { renderBroken } from './ocr/render-broken';
import { renderClean } from './ocr/render-clean';
import { renderPaper } from './ocr/render-paper';
import { Rng, seedOf } from './ocr/rng';
import { printedTruth, truthFor } from './ocr/truth';

/**
 * `npm run bench:ocr-speed`: OCR text parse throughput on one core (Node runs the parser on one
 * thread). Texts are rendered first, then parsed in rounds for a few seconds per set; the
 * figure is filings per second. Target: 2,000/s.
 */
const SECONDS = Number(process.env.OCR_SPEED_SECONDS ?? 5);

function measure(name: string, texts: readonly string[]): void {
  // Warm up so the JIT has compiled the reader before the clock starts.
  // A text the reader refuses (some Tesseract readings) is timed like one it reads: refusing is its answer.
  const parse = (t: string): void => {
    try {
      parseFiling(t);
    } catch {
      // (counted all the same)
    }
  };
  for (let i = 0; i < Math.min(300, texts.length * 3); i++) parse(texts[i % texts.length]!);
  // Rounds of whole passes over the set; the machine is shared, so the best round (least
  // disturbed by other processes) and the median are both reported, in CPU time and wall time.
  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let parses = 0;
  let bytes = 0;
  do {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    let n = 0;
    while (n < 200) {
      for (const t of texts) {
        parse(t);
        n++;
        bytes += t.length;
      }
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    cpuRates.push(n / ((cpu.user + cpu.system) / 1e6));
    wallRates.push(n / wall);
    parses += n;
  } while (Date.now() < deadline);
  const best = (xs: number[]): number => Math.max(...xs);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const f = (x: number): string => x.toFixed(0).padStart(6);
  console.log(
    `  ${name.padEnd(24)} CPU time: best ${f(best(cpuRates))}/s median ${f(median(cpuRates))}/s   wall: best ${f(best(wallRates))}/s median ${f(median(wallRates))}/s   ${(bytes / parses / 1024).toFixed(1)} KB/filing, ${parses} parses in ${cpuRates.length} rounds`,
  );
}

const truths: Filing[] = [];
for (const f of corpusFilingFiles()) {
  try {
    truths.push(parseFiling(readFileSync(f), { filename: f }));
  } catch {
    // No truth, nothing to render.
  }
}
const seedsDir = join(SHARED_DIR, 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const clean = truths.map((t) => renderClean(truthFor(t, '4'), '4'));
const broken = truths.map((t, i) => renderBroken(truthFor(t, '4'), '4', new Rng(seedOf(`speed|${i}`)), 2));
const form3 = truths.map((t) => renderClean(truthFor(t, '3'), '3'));
const paper = truths.map((t, i) => renderPaper(printedTruth(t), '4', seedOf(`speed|paper|${i}`)));

console.log(`OCR text parse speed, one core (${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}), corpus ${CORPUS_DIR}`);
measure('seeds (5)', seeds);
measure('clean look, Form 4', clean);
measure('broken look (2), Form 4', broken);
measure('clean look, Form 3', form3);
measure('paper look, Form 4', paper);
// Tesseract's plain text, where `npm run bench:ocr-tesseract` has left some.
const plainDir = join(__dirname, '..', '..', 'data', 'ocr-tesseract', 'v2');
if (existsSync(plainDir)) {
  const plain = readdirSync(plainDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(plainDir, f), 'utf8'));
  if (plain.length > 0) measure(`Tesseract text (${plain.length})`, plain);
}
