import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdingsPages, optionsPages, type HoldingsFilter } from '../../src/graph/queries/holdings';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { CORPUS_DIR } from '../helpers/paths';
import { seedInput } from './helpers/seeds';
import { openTestStore } from './helpers/store';

/*
 * Holding lines on real filings, values read by eye from the XML.
 *
 * Sergey Brin's Form 4 0001209191-22-024552 (DarkMindFX_InsidersTradeMonitor/GOOG, doc4.xml), Alphabet
 * (CIK 0001652044), period 2022-04-13:
 *  Table I: six S rows of Class A Common Stock, held directly; the last leaves 0.
 *  Table II: three holdings rows of Class B Common Stock, price 0.00, no expiration (F7), underlying
 *  Class A Common Stock: 18,509,696 direct (underlying 18,509,696); 8,635 indirect "SMB Pacific 2021
 *  Charitable Remainder Unitrust I" (underlying 8,635); 8,635 indirect "... Unitrust II" (8,635).
 *
 * Matthew Dillon's Form 4 of 2007-12-05 (seed 003, Sonus Networks): Table II, Employee Stock Option
 * (right to buy) at 4.48, expiring 2010-05-27, M 14,278 (column 7: 14,278 Common Stock, the
 * exercise's amount), 1,660 left directly.
 */
const BRIN = 'cik:0001295032';
const DILLON = 'name:DILLON MATTHEW S@name:SONUS NETWORKS';
const BRIN_FILE = join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor/GOOG/000120919122024552/doc4.xml');
const WINDOW = { skip: 0, limit: 20 };
const CURRENT: HoldingsFilter = { includeClosed: false, asOf: '2026-01-01' };
const EVERY: HoldingsFilter = { includeClosed: true, asOf: '2026-01-01' };

let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await openTestStore());
  const summary = await ingestInputs([{ origin: BRIN_FILE, bytes: readFileSync(BRIN_FILE) }, seedInput('003')], { store });
  expect(summary).toMatchObject({ written: 2, failures: [] });
});
afterAll(() => dispose());

const lines = async (key: string, f: HoldingsFilter): Promise<unknown[]> =>
  ((await optionsPages(store, [key], f, WINDOW)).get(key)?.items ?? []).map((o) => ({
    title: o.title,
    ownership: o.ownership,
    nature: o.nature,
    shares: o.shares,
    underlyingTitle: o.underlyingTitle,
    underlyingShares: o.underlyingShares,
    exercisePrice: o.exercisePrice,
    expirationDate: o.expirationDate,
    asOf: o.asOf,
  }));

describe('derivative holding lines', () => {
  it("keeps all three of Brin's Class B lines, each with its ownership form, nature and underlying amount", async () => {
    const classB = { title: 'Class B Common Stock', underlyingTitle: 'Class A Common Stock', exercisePrice: 0, expirationDate: null, asOf: '2022-04-13' };
    expect(await lines(BRIN, CURRENT)).toEqual([
      { ...classB, ownership: 'D', nature: null, shares: 18509696, underlyingShares: 18509696 },
      { ...classB, ownership: 'I', nature: 'SMB Pacific 2021 Charitable Remainder Unitrust I', shares: 8635, underlyingShares: 8635 },
      { ...classB, ownership: 'I', nature: 'SMB Pacific 2021 Charitable Remainder Unitrust II', shares: 8635, underlyingShares: 8635 },
    ]);
  });

  it("gives Dillon's option the underlying title only: 14,278 was the exercise's amount, not the 1,660 held", async () => {
    expect(await lines(DILLON, { includeClosed: false, asOf: '2008-01-01' })).toEqual([
      {
        title: 'Employee Stock Option (right to buy)', ownership: 'D', nature: null, shares: 1660, underlyingTitle: 'Common Stock', underlyingShares: null,
        exercisePrice: 4.48, expirationDate: '2010-05-27', asOf: '2007-12-05',
      },
    ]);
  });
});

describe('current and closed lines', () => {
  it("leaves Dillon's option out of current holdings once it expired (2010-05-27), and keeps it with includeClosed", async () => {
    expect(await lines(DILLON, { includeClosed: false, asOf: '2010-05-27' })).toHaveLength(1);
    expect(await lines(DILLON, { includeClosed: false, asOf: '2010-05-28' })).toEqual([]);
    expect(await lines(DILLON, CURRENT)).toEqual([]);
    expect(await lines(DILLON, EVERY)).toMatchObject([{ shares: 1660, expirationDate: '2010-05-27' }]);
  });

  it("leaves Brin's Class A line, sold down to 0, out of current holdings and keeps it with includeClosed", async () => {
    const holdings = async (f: HoldingsFilter): Promise<unknown[]> =>
      ((await holdingsPages(store, [BRIN], f, WINDOW)).get(BRIN)?.items ?? []).map((h) => ({ security: h.security, ownership: h.ownership, shares: h.shares, asOf: h.asOf }));
    expect(await holdings(CURRENT)).toEqual([]);
    expect(await holdings(EVERY)).toEqual([{ security: 'Class A Common Stock', ownership: 'D', shares: 0, asOf: '2022-04-13' }]);
  });

  it('counts the same lines the pages show, for one person and for several at once', async () => {
    const many = await optionsPages(store, [BRIN, DILLON], CURRENT, WINDOW);
    expect(many.get(BRIN)?.items).toHaveLength(3);
    expect(many.get(DILLON)?.items ?? []).toHaveLength(0);
  });
});
