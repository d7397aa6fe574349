import { readFileSync } from 'node:fs';
import { parseFiling } from '../../src/parser';
import { renderPaper } from './render-paper';
import { seedOf } from './rng';
import { printedTruth, type FormKind } from './truth';

/** `node dist/bench/ocr/show-paper.js FILE [SEED] [--parsed]`: one paper-look rendering (SEED as `bench:ocr --verbose` names it). */
const [file, seedArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const filing = parseFiling(readFileSync(file!), { filename: file });
const seed = seedArg ? Number(seedArg) : (seedOf(`${file}|paper`) & ~1) >>> 0;
const text = renderPaper(printedTruth(filing), filing.documentType[0] as FormKind, seed);
console.log(text);
if (process.argv.includes('--parsed')) {
  try {
    console.log(JSON.stringify(parseFiling(text), null, 1));
  } catch (e) {
    console.log(`refused: ${(e as Error).message}`);
  }
}
