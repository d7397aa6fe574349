/**
 * `npm run bench:explorer [-- --runs N --transactions T]`: first render of a person page in headless
 * Chromium, on the synthetic graph of `npm run bench:api` (250,000 transactions by default, built by
 * bench/api-server.ts or reused from BENCH_API_DATA). Each run opens a fresh browser context (empty
 * cache) at /#/person/<id> for another person and reads when the page first showed its data
 * (window.__explorer.rendered.person, ms since navigation start). Prints each run and the median.
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { machineLine, median } from './machine';
import { numberArg } from './args';
import { benchGraphDir, startBenchServer } from './bench-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TARGET_MS = 1000;


/** The page's window as the Explorer extends it (bench code is compiled without the DOM lib). */
type ExplorerWindow = { __explorer?: { rendered: Record<string, number> } };

/** Where the time went: scripts ready (DOMContentLoaded), and the page's first GraphQL request. */
interface Breakdown {
  rendered: number;
  scripts: number;
  mount: number;
  apiStart: number;
  apiEnd: number;
  resources: string;
}

async function main(): Promise<void> {
  const runs = numberArg('runs', 9);
  const transactions = numberArg('transactions', 250_000);
  const data = benchGraphDir(transactions);
  console.log(`explorer bench: ${machineLine()}; ${runs} runs; graph in ${data}`);
  const { ready, stop } = await startBenchServer(transactions);
  console.log(`graph: ${ready.transactions} current transactions${ready.ingestSeconds !== null ? `, built in ${ready.ingestSeconds.toFixed(0)} s` : ' (reused)'}`);
  const origin = new URL(ready.url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const times: number[] = [];
    const apiTimes: number[] = [];
    // One unmeasured run: Chromium's own first start (fonts, GPU process) is not the page's cost.
    for (let n = -1; n < runs; n++) {
      const person = ready.personIds[((n + 1) * 97) % ready.personIds.length]!;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${origin}/#/person/${encodeURIComponent(person)}`);
      await page.waitForFunction(() => (globalThis as unknown as ExplorerWindow).__explorer?.rendered.person !== undefined, undefined, { timeout: 30_000 });
      const b = await page.evaluate((): Breakdown => {
        // Typed loosely on purpose: this runs in the page, and bench code is compiled without the DOM lib.
        const perf = (globalThis as unknown as { performance: { getEntriesByType: (t: string) => Array<Record<string, number | string>> } }).performance;
        const nav = perf.getEntriesByType('navigation')[0] ?? {};
        const api = perf.getEntriesByType('resource').find((e) => String(e.name).endsWith('/graphql')) ?? {};
        return {
          rendered: (globalThis as unknown as ExplorerWindow).__explorer!.rendered.person!,
          scripts: Number(nav.domContentLoadedEventEnd ?? NaN),
          mount: Number(perf.getEntriesByType('mark').find((e) => e.name === 'explorer:mount')?.startTime ?? NaN),
          apiStart: Number(api.startTime ?? NaN),
          apiEnd: Number(api.responseEnd ?? NaN),
          resources: perf.getEntriesByType('resource').map((e) => `${String(e.name).replace(/.*\//, '')} ${Number(e.startTime).toFixed(0)}-${Number(e.responseEnd).toFixed(0)}`).join(', '),
        };
      });
      const ms = b.rendered;
      const rows = await page.getByTestId('transaction').count();
      await context.close();
      if (n < 0) continue;
      times.push(ms);
      apiTimes.push(b.apiEnd - b.apiStart);
      console.log(`run ${n + 1}: ${ms.toFixed(0)} ms (scripts ready at ${b.scripts.toFixed(0)}, API asked at ${b.apiStart.toFixed(0)}, answered in ${(b.apiEnd - b.apiStart).toFixed(0)} ms, app started at ${b.mount.toFixed(0)}; ${person}, ${rows} transactions shown)`);
      if (process.env.BENCH_VERBOSE) console.log(`  ${b.resources}`);
    }
    const m = median(times);
    console.log(`\nperson page, navigation to first render: median ${m.toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${runs} runs (target < ${TARGET_MS} ms); of which the API's answer: median ${median(apiTimes).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} (other work on this machine slows every figure)`);
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
