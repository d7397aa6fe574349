import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseFiling, type Filing } from '../src/parser';
import { CORPUS_DIR, SHARED_DIR, corpusFilingFiles } from './ocr/corpus';
import { renderBroken } from './ocr/render-broken';
import { renderClean } from './ocr/render-clean';
import { Rng, seedOf } from './ocr/rng';
import { truthFor } from './ocr/truth';

/**
 * `npm run bench:ocr-speed`: OCR text parse throughput on one core (Node runs the parser on one
 * thread). Texts are rendered first, then parsed in a loop for a few seconds per set; the
 * figure is filings per second. Target: 2,000/s.
 */
const SECONDS = Number(process.env.OCR_SPEED_SECONDS ?? 3);

function measure(name: string, texts: readonly string[]): void {
  // Warm up so the JIT has compiled the reader before the clock starts.
  for (let i = 0; i < Math.min(200, texts.length * 3); i++) parseFiling(texts[i % texts.length]!);
  let n = 0;
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const limit = start + BigInt(SECONDS * 1e9);
  while (process.hrtime.bigint() < limit) {
    for (const t of texts) {
      parseFiling(t);
      n++;
      bytes += t.length;
    }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  // CPU time is what one core spent; on a busy machine wall time also counts waiting for a core.
  console.log(
    `  ${name.padEnd(26)} ${(n / cpuSecs).toFixed(0).padStart(7)} filings/s of CPU time   ${(n / secs).toFixed(0).padStart(7)} filings/s of wall time   ${(bytes / n / 1024).toFixed(1).padStart(5)} KB/filing   (${n} parses)`,
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

console.log(`OCR text parse speed, one core (${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}), corpus ${CORPUS_DIR}`);
measure('seeds (5)', seeds);
measure('clean look, Form 4', clean);
measure('broken look (2), Form 4', broken);
measure('clean look, Form 3', form3);
