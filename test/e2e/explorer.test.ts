import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../api/helpers/api';
import { ARTIFACTS_DIR, launchBrowser, type Browser } from './helpers/browser';
import { ensureWebBuild } from './helpers/web-build';

/*
 * The Explorer in a real headless Chromium against the real server on the seeds and the corpus.
 * Expected values are the seeds' (see test/api/graph-walks.test.ts for how they were worked out):
 * Dillon is an officer of SONUS NETWORKS INC, last titled "SVP, Global Support Services", reported
 * from 2007-12-05 to 2013-03-11, holding 180,706 common shares as of 2013-03-11; Harris and Polizzi
 * are officers of the same issuer.
 */

let api: TestApi;
let browser: Browser;
let page: Page;
let origin: string;
const pageErrors: string[] = [];

/** What the network view draws, read from the Cytoscape instance the page exposes. */
interface DrawnGraph {
  nodes: Array<{ id: string; label: string; kind: string; visible: boolean; x: number; y: number }>;
  edges: Array<{ source: string; target: string; kind: string; label: string; path: boolean }>;
  width: number;
  height: number;
}

/** The page's window as the Explorer extends it (this file is type-checked without the DOM lib). */
type ExplorerWindow = { __cy?: Core };

async function drawnGraph(p: Page): Promise<DrawnGraph> {
  return p.evaluate(() => {
    const cy = (globalThis as unknown as ExplorerWindow).__cy;
    if (!cy) throw new Error('no graph drawn');
    const label = (id: string) => String(cy.getElementById(id).data('label'));
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')), kind: String(n.data('kind')), visible: n.visible(), x: n.renderedPosition().x, y: n.renderedPosition().y })),
      edges: cy.edges().map((e) => ({ source: label(e.source().id()), target: label(e.target().id()), kind: String(e.data('kind')), label: String(e.data('label')), path: e.hasClass('path') })),
      width: cy.width(),
      height: cy.height(),
    };
  });
}

/** Clicks a node where it is drawn on the canvas, as a user would. */
async function clickNode(p: Page, label: string): Promise<void> {
  const g = await drawnGraph(p);
  const n = g.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`${label} is not drawn`);
  const box = await p.getByTestId('graph').boundingBox();
  if (!box) throw new Error('graph container not laid out');
  await p.mouse.click(box.x + n.x, box.y + n.y);
  await p.getByTestId('selected').getByText(label).waitFor();
}

beforeAll(async () => {
  const web = ensureWebBuild();
  api = await startTestApi({ web });
  origin = new URL(api.server.url).origin;
  browser = await launchBrowser(origin);
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.dispose();
});

describe('Explorer', () => {
  it('finds Dillon by name and shows his roles, holdings and transactions', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('searchbox', { name: 'Search people and issuers' }).fill('Dillon');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').getByRole('link', { name: 'Dillon Matthew S.' }).click();
    await page.getByTestId('person-page').waitFor();

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dillon Matthew S.');
    const roles = await page.getByTestId('role').allInnerTexts();
    expect(roles).toHaveLength(1);
    expect(roles[0]?.split('\t').map((s) => s.trim())).toEqual(['SONUS NETWORKS INC SONS', 'Officer', 'SVP, Global Support Services', '2007-12-05 – 2013-03-11']);

    const holdings = await page.getByTestId('holding').allInnerTexts();
    expect(holdings.map((h) => h.split('\t').map((s) => s.trim()))).toEqual([['SONUS NETWORKS INC', 'Common Stock', 'direct', '180,706', '2013-03-11']]);
    // His one option (4.48, expired 2010-05-27) is closed: not a holding now.
    expect(await page.getByTestId('options').count()).toBe(0);

    const txs = await page.getByTestId('transaction').allInnerTexts();
    expect(txs).toHaveLength(5);
    expect(txs[0]).toContain('2013-03-11');
    expect(txs[0]).toContain('Open market or private sale of securities');
    expect(txs[0]).toContain('−22,000');
    expect(txs[0]).toContain('$51,700.00');

    // One point per reported balance: 39,778 and 25,500 on 2007-12-05, 71,642, 180,706.
    await page.getByTestId('holding-history').waitFor();
    expect(await page.getByTestId('holding-history').locator('circle').count()).toBe(4);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'explorer-person.png'), fullPage: true });

    // Opened from a link (a fresh load): the data is asked for before the app's scripts have run.
    await page.reload();
    await page.getByTestId('role').first().waitFor();
    expect(await page.getByTestId('holding').allInnerTexts()).toEqual(holdings);
  });

  it('draws Harris and Polizzi connected to Dillon through SONUS NETWORKS INC, and highlights the path between them', async () => {
    await page.getByRole('link', { name: 'Network view' }).click();
    await page.getByTestId('network-page').waitFor();
    await page.waitForFunction(() => ((globalThis as unknown as ExplorerWindow).__cy?.nodes().length ?? 0) > 0);

    const g = await drawnGraph(page);
    expect(g.nodes.map((n) => n.label).sort()).toEqual(['Dillon Matthew S.', 'Harris Kathleen A.', 'Polizzi Peter', 'SONUS NETWORKS INC']);
    const roles = g.edges.filter((e) => e.kind === 'role').map((e) => [e.source, e.target, e.label]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Dillon Matthew S.', 'SONUS NETWORKS INC', 'SVP, Global Support Services'],
        ['Harris Kathleen A.', 'SONUS NETWORKS INC', 'VP, Human Resources'],
        ['Polizzi Peter', 'SONUS NETWORKS INC', 'VP, Global Services'],
      ]),
    );
    expect(g.edges.filter((e) => e.kind === 'holding').map((e) => [e.source, e.target, e.label])).toEqual([['Dillon Matthew S.', 'SONUS NETWORKS INC', 'holds 180,706 Common Stock']]);
    // Drawn means inside the canvas, not merely in the model.
    for (const n of g.nodes) {
      expect(n.visible).toBe(true);
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(g.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(g.height);
    }

    // Expanding Harris asks the API for her neighbourhood and her holdings: one new holding edge.
    await clickNode(page, 'Harris Kathleen A.');
    await page.getByRole('button', { name: 'Expand' }).click();
    await page.getByTestId('network-status').getByText('Added 0 nodes and 1 edge around Harris Kathleen A.').waitFor();
    expect((await drawnGraph(page)).edges.filter((e) => e.kind === 'holding').map((e) => e.source)).toEqual(['Dillon Matthew S.', 'Harris Kathleen A.']);

    await page.getByTestId('path-from').click();
    await clickNode(page, 'Polizzi Peter');
    await page.getByTestId('path-to').click();
    await page.getByTestId('network-status').getByText('shortest path').waitFor();
    const onPath = (await drawnGraph(page)).edges.filter((e) => e.path).map((e) => [e.source, e.target]);
    expect(onPath.sort()).toEqual([
      ['Harris Kathleen A.', 'SONUS NETWORKS INC'],
      ['Polizzi Peter', 'SONUS NETWORKS INC'],
    ]);
    expect(await page.getByTestId('network-status').innerText()).toContain('1 shortest path of 2 hops between Harris Kathleen A. and Polizzi Peter');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'explorer-network.png') });
  });

  it("shows all three of Brin's Class B lines (0001209191-22-024552: 18,509,696 direct, 8,635 in each of two trusts) and not his Class A sold to 0", async () => {
    await page.goto(`${origin}/#/person/${encodeURIComponent('Person:cik:0001295032')}`);
    await page.getByTestId('person-page').waitFor();
    await page.getByTestId('option').first().waitFor();
    const all = (await page.getByTestId('option').allInnerTexts()).map((r) => r.split('\t').map((s) => s.trim()));
    // Google Inc.'s Class B (0001127602-15-028697): 21,109,310 left after a conversion, whose 16,670 is no amount of the holding.
    expect(all.filter((l) => l[0] === 'GOOGLE INC.')).toEqual([['GOOGLE INC.', 'Class B Common Stock', '$0.00', '—', 'direct', '21,109,310', 'Class A Common Stock']]);
    const lines = all.filter((l) => l[0] === 'Alphabet Inc.');
    const classB = (ownership: string, held: string): string[] => ['Alphabet Inc.', 'Class B Common Stock', '$0.00', '—', ownership, held];
    expect(lines.map((l) => l.slice(0, 6))).toEqual([
      classB('direct', '18,509,696'),
      classB('indirect (SMB Pacific 2021 Charitable Remainder Unitrust I)', '8,635'),
      classB('indirect (SMB Pacific 2021 Charitable Remainder Unitrust II)', '8,635'),
    ]);
    expect(lines.map((l) => l[6])).toEqual(['18,509,696 Class A Common Stock', '8,635 Class A Common Stock', '8,635 Class A Common Stock']);
    // Current holdings: Google Inc.'s Class C, not either Class A line at 0.
    expect((await page.getByTestId('holding').allInnerTexts()).map((h) => h.split('\t')[1]?.trim())).toEqual(['Class C Capital Stock']);
  });

  it('opens the issuer page with insiders by role, monthly activity and latest filings', async () => {
    await page.goto(`${origin}/#/search?q=SONS`);
    await page.getByTestId('search-results').getByRole('link', { name: 'SONUS NETWORKS INC' }).click();
    await page.getByTestId('issuer-page').waitFor();
    const officers = await page.getByTestId('insiders-OFFICER').innerText();
    for (const s of ['Dillon Matthew S.', 'Harris Kathleen A.', 'Polizzi Peter', 'VP, Human Resources']) expect(officers).toContain(s);
    // Sells (code S) in 2007-12, 2011-06 and 2013-03: three red bars.
    expect(await page.locator('rect.sell').count()).toBe(3);
    expect(await page.getByTestId('filings').locator('tbody tr').count()).toBe(5);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'explorer-issuer.png'), fullPage: true });
  });

  it('finds an issuer by CIK', async () => {
    await page.getByRole('searchbox', { name: 'Search people and issuers' }).fill('320193');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').getByRole('link', { name: 'APPLE INC' }).waitFor();
    expect(await page.getByTestId('search-results').getByRole('link', { name: 'Apple Inc.' }).count()).toBe(1);
  });

  it('finds a person by CIK without its leading zeros, and Dillon when spelled "dilon"', async () => {
    await page.getByRole('searchbox', { name: 'Search people and issuers' }).fill('1295032');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').getByRole('link', { name: 'Sergey Brin' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search people and issuers' }).fill('dilon');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').getByRole('link', { name: 'Dillon Matthew S.' }).waitFor();
  });

  it('serves GraphiQL with the schema docs at /graphql to a browser, and JSON to API clients', async () => {
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.getByText('Root Types').waitFor();
    await page.getByRole('link', { name: 'Query' }).first().click();
    await page.getByText('connection').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'graphiql.png') });

    const res = await fetch(`${api.server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'content-type': 'application/json' } });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('asked nothing of any host but the server (works offline), and no script failed', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
