import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuerActivity } from '../../src/graph/queries/activity';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { CORPUS_DIR } from '../helpers/paths';
import { openTestStore } from './helpers/store';

/*
 * Sums of money and shares, exact and rounded to the cent once. Sergey Brin's two Forms 4 of
 * 2022-04-13 at Alphabet (0001209191-22-024550 and -024552, DarkMindFX_InsidersTradeMonitor/GOOG):
 * Table I has 35 sales (S) of 13,888 Class A shares in all and one conversion (C, +13,888 at price
 * 0), so net shares are 0. The sales' prices have up to four decimals (2598.325 x 400, 2599.5213 x
 * 1,010, ...); their value adds up to 35,869,828.6622 dollars (worked out by hand in decimal from
 * the rows' shares and prices), so netValue is -35,869,828.66. In binary floating point 400 x
 * 2598.325 alone is 1039329.9999999999.
 */
const GOOG = join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor/GOOG');
const FILES = ['000120919122024550', '000120919122024552'].map((d) => join(GOOG, d, 'doc4.xml'));

let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await openTestStore());
  const summary = await ingestInputs(FILES.map((f) => ({ origin: f, bytes: readFileSync(f) })), { store });
  expect(summary).toMatchObject({ written: 2, failures: [] });
});
afterAll(() => dispose());

describe('activity sums', () => {
  it.each([['MONTH', '2022-04'], ['QUARTER', '2022-Q2']] as const)('per %s: the sales of April 2022 to the cent, net shares exactly 0', async (interval, period) => {
    expect(await issuerActivity(store, 'cik:0001652044', null, null, interval)).toEqual([
      { period, buys: 0, sells: 35, buyShares: 0, sellShares: 13888, netShares: 0, netValue: -35869828.66 },
    ]);
  });
});

