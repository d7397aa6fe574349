import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFiling, type Filing } from '../src/parser';
import { expandFilingPaths } from '../src/files/filing-paths';
import { CORPUS_DIR, SHARED_DIR, corpusFilingFiles } from './shared-paths';
import { Rng, seedOf } from './ocr/rng';
import { overall, scoreFiling, type FieldTallies } from './ocr/score';
import { edgarHtml } from './ocr/tesseract/edgar-html';
import { renderPage } from './ocr/tesseract/render-page';
import { printedTruth, type FormKind } from './ocr/truth';

/**
 * `npm run bench:ocr-tesseract`: filings printed by headless Chromium to PDF, rasterised by
 * pdftoppm at 200-300 dpi, damaged as a scan is (ImageMagick: rotation, noise, blur, JPEG) and read
 * by Tesseract 5 in one of several page segmentation modes; the text is parsed and scored like
 * `bench:ocr`. Two looks:
 *
 * - **edgar**: EDGAR's own HTML rendering: the corpus's four `SEC FORM 4.html`-style files that
 *   have their XML beside them, printed as they are, and the same layout (tesseract/edgar-html.ts)
 *   for the real Forms 3 and 5 of ../shared/corpus-extra and a sample of the corpus's Form 4s;
 * - **page**: our paper-form page (tesseract/render-page.ts), for the same filings.
 *
 * Damage, resolution and segmentation mode are drawn from a seed; seeds split by parity into a
 * development half and a held-out half, the real Forms 3/5 by file as well, and the corpus's
 * rs-kellogg/edgar2data filings (the independent check) are held out whole. Needs Debian's
 * chromium, poppler-utils, imagemagick and tesseract-ocr (tesseract/install-tools.sh). Images and
 * text are cached under data/ocr-tesseract/ (ignored by git), so a second run only re-parses.
 * OCR_TESSERACT_N sets the Form 4 sample (default 12); OCR_TESSERACT_CACHED=1 scores only what is
 * cached; `--verbose` lists the development half's wrong fields.
 */
const N = Number(process.env.OCR_TESSERACT_N ?? 12);
const OUT = resolve(__dirname, '..', '..', 'data', 'ocr-tesseract', 'v2');
const verbose = process.argv.includes('--verbose');
mkdirSync(OUT, { recursive: true });
type Half = 'dev' | 'held-out';

interface Damage { dpi: number; rotate: number; noise: number; blur: number; quality: number; psm: number }

function damageFor(seed: number): Damage {
  const rng = new Rng(seed);
  return {
    dpi: rng.pick([200, 250, 300]),
    rotate: Math.round((rng.next() * 3 - 1.5) * 10) / 10,
    noise: rng.pick([0, 0.3, 0.6]),
    blur: rng.pick([0, 0.4, 0.7]),
    quality: rng.int(45, 90),
    psm: rng.pick([3, 4, 6]),
  };
}

/** OCR_TESSERACT_CACHED=1: score only the renderings already read (no Chromium, no Tesseract). */
const cachedOnly = process.env.OCR_TESSERACT_CACHED === '1';

function ocr(name: string, html: string, d: Damage): string | null {
  const key = `${name}-${d.dpi}-${d.rotate}-${d.noise}-${d.blur}-${d.quality}-${d.psm}`;
  const txt = join(OUT, `${key}.txt`);
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  if (cachedOnly) return null;
  const dir = join(OUT, 'work', key);
  mkdirSync(dir, { recursive: true });
  const htmlFile = join(dir, 'page.html');
  const pdf = join(dir, 'page.pdf');
  writeFileSync(htmlFile, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlFile], { stdio: 'ignore', timeout: 120_000 });
  execFileSync('pdftoppm', ['-r', String(d.dpi), '-gray', '-png', pdf, join(dir, 'p')], { timeout: 120_000 });
  const pages = readdirSync(dir).filter((f) => f.startsWith('p-') && f.endsWith('.png')).sort();
  const texts: string[] = [];
  for (const p of pages) {
    const jpg = join(dir, p.replace(/\.png$/, '.jpg'));
    // The scan: a slight skew on a white ground, sensor noise, a soft focus, JPEG compression.
    const args = [join(dir, p), '-background', 'white', '-rotate', String(d.rotate)];
    if (d.noise > 0) args.push('-attenuate', String(d.noise), '+noise', 'Gaussian');
    if (d.blur > 0) args.push('-blur', `0x${d.blur}`);
    args.push('-quality', String(d.quality), jpg);
    execFileSync('/usr/bin/convert', args, { timeout: 120_000 });
    texts.push(execFileSync('tesseract', [jpg, 'stdout', '--psm', String(d.psm), '--dpi', String(d.dpi)], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }));
  }
  const text = texts.join('\n');
  writeFileSync(txt, text);
  rmSync(dir, { recursive: true, force: true });
  return text;
}

interface Job { look: 'edgar' | 'page'; form: FormKind; half: Half; name: string; truth: Filing; html: string; seed: number }

const halfSeed = (key: string, half: Half): number => ((seedOf(key) & ~1) | (half === 'dev' ? 0 : 1)) >>> 0;
const independent = (file: string): boolean => file.includes('rs-kellogg');
const parse = (file: string): Filing | null => {
  try {
    return parseFiling(readFileSync(file), { filename: file });
  } catch {
    return null;
  }
};

const jobs: Job[] = [];
// EDGAR's own renderings whose filing the corpus holds: the same accession number (MANIFEST.tsv),
// else the XML of the same name beside it.
const manifest = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
for (const [path, kind, acc] of manifest) {
  if (kind !== 'html_rendering' || !path) continue;
  const html = join(CORPUS_DIR, path);
  const twin = acc ? manifest.find((r) => r[2] === acc && r[1] !== 'html_rendering')?.[0] : undefined;
  const pair = twin ? join(CORPUS_DIR, twin) : html.replace(/\.html$/, '.xml');
  const filing = existsSync(pair) ? parse(pair) : null;
  if (!filing) continue;
  for (const half of ['dev', 'held-out'] as Half[]) {
    jobs.push({ look: 'edgar', form: '4', half, name: `edgar-own:${relative(SHARED_DIR, html)}`, truth: printedTruth(filing), html: readFileSync(html, 'utf8'), seed: halfSeed(`${html}|edgar`, half) });
  }
}
const addBoth = (file: string, filing: Filing, half: Half, form: FormKind): void => {
  const truth = printedTruth(filing);
  jobs.push({ look: 'edgar', form, half, name: relative(SHARED_DIR, file), truth, html: edgarHtml(truth, form), seed: halfSeed(`${file}|edgar`, half) });
  jobs.push({ look: 'page', form, half, name: relative(SHARED_DIR, file), truth, html: renderPage(truth, form), seed: halfSeed(`${file}|page`, half) });
};
for (const file of expandFilingPaths([join(SHARED_DIR, 'corpus-extra')])) {
  const filing = parse(file);
  if (!filing || filing.source?.format === 'edgar-text' || filing.documentType.startsWith('4')) continue;
  addBoth(file, filing, seedOf(relative(SHARED_DIR, file)) % 2 === 0 ? 'dev' : 'held-out', filing.documentType[0] as FormKind);
}
const files = corpusFilingFiles();
const step = Math.max(1, Math.floor(files.length / N));
files.filter((_, i) => i % step === 0).slice(0, N).forEach((file, i) => {
  const filing = parse(file);
  if (filing) addBoth(file, filing, independent(file) || i % 2 === 1 ? 'held-out' : 'dev', '4');
});

const tallies = new Map<string, FieldTallies>();
const refusedBy = new Map<string, number>();
const counts = new Map<string, number>();
const wrong: string[] = [];
const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };
let done = 0;
for (const job of jobs) {
  const d = damageFor(job.seed);
  const text = ocr(`${job.look}-${job.name.replace(/[^A-Za-z0-9]+/g, '_')}`, job.html, d);
  if (text === null) continue;
  const keys = [`${job.look}|${job.form}|${job.half}`, `*|${job.form}|${job.half}`, `*|*|${job.half}`];
  let got: Filing | null = null;
  const show = verbose && job.half === 'dev';
  const label = `${job.look} F${job.form} ${job.name} (${d.dpi} dpi, rotate ${d.rotate}, noise ${d.noise}, blur ${d.blur}, q${d.quality}, psm ${d.psm})`;
  try {
    got = parseFiling(text);
  } catch (e) {
    for (const k of keys) bump(refusedBy, k);
    if (show) wrong.push(`${label}: refused: ${(e as Error).message}`);
  }
  for (const k of keys) {
    bump(counts, k);
    const t = tallies.get(k) ?? new Map();
    scoreFiling(job.truth, got, t, show && k === keys[0] ? (field, want, have) => wrong.push(`${label} ${field}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`) : undefined);
    tallies.set(k, t);
  }
  done++;
  if (done % 10 === 0) process.stderr.write(`  ${done}/${jobs.length} read\n`);
}
const pct = (r: number, t: number): string => `${((100 * r) / Math.max(1, t)).toFixed(2)}%`;
console.log(`Tesseract path: ${jobs.length} renderings; target 90% of fields, none refused\n`);
console.log(`${'look | form'.padEnd(16)} ${'development'.padEnd(40)} held-out`);
const cell = (k: string): string => {
  const t = tallies.get(k);
  if (!t) return ''.padEnd(40);
  const o = overall(t);
  return `${pct(o.right, o.total).padStart(7)} (${o.right}/${o.total}) ${counts.get(k)} filings, ${refusedBy.get(k) ?? 0} refused`.padEnd(40);
};
for (const look of ['edgar', 'page', '*']) {
  for (const form of ['4', '5', '3', '*']) {
    if (!tallies.has(`${look}|${form}|dev`) && !tallies.has(`${look}|${form}|held-out`)) continue;
    console.log(`${`${look === '*' ? 'all' : look} | ${form === '*' ? 'all' : form}`.padEnd(16)} ${cell(`${look}|${form}|dev`)} ${cell(`${look}|${form}|held-out`)}`);
  }
}
if (verbose) {
  const t = tallies.get('*|*|dev');
  if (t) for (const [field, v] of [...t.entries()].sort()) if (v.right < v.total) console.log(`  ${field.padEnd(58)} ${pct(v.right, v.total).padStart(7)}  ${v.right}/${v.total}`);
  for (const w of wrong) console.log(`  ${w}`);
}
