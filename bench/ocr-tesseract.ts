import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFiling, type Filing } from '../src/parser';
import { CORPUS_DIR, corpusFilingFiles } from './shared-paths';
import { overall, scoreFiling, type FieldTallies } from './ocr/score';
import { renderPage } from './ocr/tesseract/render-page';
import { truthFor, type FormKind } from './ocr/truth';

/**
 * `npm run bench:ocr-tesseract`: corpus filings rendered as a page laid out like the form,
 * printed with headless Chromium, rasterised with pdftoppm (300 dpi, grey) and read back with
 * Tesseract; the text is parsed and scored like `bench:ocr`. Needs Debian's chromium,
 * poppler-utils and tesseract-ocr. Images and text are kept under data/ocr-tesseract/ (ignored by
 * git) so a second run only re-parses. OCR_TESSERACT_N limits the sample (default 24).
 */
const N = Number(process.env.OCR_TESSERACT_N ?? 24);
const OUT = resolve(__dirname, '..', '..', 'data', 'ocr-tesseract');
const verbose = process.argv.includes('--verbose');
mkdirSync(OUT, { recursive: true });

function ocr(name: string, html: string): string {
  const txt = join(OUT, `${name}.txt`);
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  const htmlFile = join(OUT, `${name}.html`);
  const pdf = join(OUT, `${name}.pdf`);
  writeFileSync(htmlFile, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlFile], { stdio: 'ignore', timeout: 120_000 });
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', pdf, join(OUT, name)], { timeout: 120_000 });
  const pages = readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
  const text = pages.map((p) => execFileSync('tesseract', [join(OUT, p), 'stdout', '--psm', '6'], { encoding: 'utf8', timeout: 300_000 })).join('\n');
  writeFileSync(txt, text);
  return text;
}

const files = corpusFilingFiles();
const step = Math.max(1, Math.floor(files.length / N));
const sample = files.filter((_, i) => i % step === 0).slice(0, N);
const forms: FormKind[] = ['4'];
const tallies: FieldTallies = new Map();
let refused = 0;
let count = 0;
const wrong: string[] = [];
for (const file of sample) {
  let filing: Filing;
  try {
    filing = parseFiling(readFileSync(file), { filename: file });
  } catch {
    continue;
  }
  for (const form of forms) {
    const truth = truthFor(filing, form);
    const name = `${relative(CORPUS_DIR, file).replace(/[^A-Za-z0-9]+/g, '_')}-f${form}`;
    const text = ocr(name, renderPage(truth, form));
    count++;
    let got: Filing | null = null;
    try {
      got = parseFiling(text);
    } catch (e) {
      refused++;
      wrong.push(`${name}: refused: ${(e as Error).message}`);
    }
    scoreFiling(truth, got, tallies, (field, want, have) => wrong.push(`${name} ${field}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`));
  }
}
const o = overall(tallies);
const pct = (r: number, t: number): string => `${((100 * r) / Math.max(1, t)).toFixed(2)}%`;
console.log(`Tesseract path: ${count} filings (${refused} refused), ${pct(o.right, o.total)} of fields right (${o.right}/${o.total}); target 90%`);
for (const [field, v] of [...tallies.entries()].sort()) console.log(`  ${field.padEnd(58)} ${pct(v.right, v.total).padStart(7)}  ${v.right}/${v.total}`);
if (verbose) for (const w of wrong) console.log(`  ${w}`);
