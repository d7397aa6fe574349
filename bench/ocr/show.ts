import { readFileSync } from 'node:fs';
import { parseFiling } from '../../src/parser';
import { renderBroken } from './render-broken';
import { renderClean } from './render-clean';
import { Rng, seedOf } from './rng';
import { truthFor, type FormKind } from './truth';

/**
 * One rendering and what the parser reads from it, for looking at by eye:
 * node dist/bench/ocr/show.js FILE clean|broken-N 3|4|5 [--parsed]
 */
const [file, variant = 'clean', form = '4'] = process.argv.slice(2);
if (!file) {
  console.error('usage: show FILE clean|broken-1|broken-2|broken-3 3|4|5 [--parsed]');
  process.exit(2);
}
const truth = truthFor(parseFiling(readFileSync(file), { filename: file }), form as FormKind);
const rng = new Rng(seedOf(`${file}|${variant}|${form}`));
const text = variant === 'clean' ? renderClean(truth, form as FormKind) : renderBroken(truth, form as FormKind, rng, Number(variant.split('-')[1] ?? 1));
console.log(text);
if (process.argv.includes('--parsed')) {
  const { source: _source, ...got } = parseFiling(text);
  console.log('\n---- parsed ----\n' + JSON.stringify(got, null, 1));
}
