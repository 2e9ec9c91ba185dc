/*
 * `npm run bench:search`: how long a reader waits for search results, measured in Chromium over
 * the built site. Each run is cold (a fresh browser context: nothing cached): open the home page,
 * open search by typing "/", type the query at ten keys a second; the time is from the last keystroke to the first
 * result of the full query on screen. Prints the median and maximum of the runs per query, and the
 * bytes the first query fetched. `--dist <dir>` measures another build (e.g. a bench copy kept
 * with `npm run bench -- --articles 1000 --keep`). `--slowdown <n>` runs the page's CPU n times slower
 * (Chromium's CPU throttling), as on a slow phone or a busy machine.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChrome } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(process.cwd(), 'dist') },
    runs: { type: 'string', default: '7' },
    slowdown: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const slowdown = Number(values.slowdown);
if (!Number.isInteger(runs) || runs < 1 || !(slowdown >= 1)) {
  console.error('Usage: npm run bench:search -- [--dist <dir>] [--runs N] [--slowdown n]   (N whole, n at least 1)');
  process.exit(2);
}
const queries = { 'rare word': 'prince2', 'common word': 'manager', question: 'Can you afford an OBM?' };

const { server, url } = await serveStatic({ root: values.dist });
const browser = await launchChrome();

async function coldRun(query: string): Promise<{ ms: number; bytes: number; gzip: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (slowdown > 1) {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  await page.goto(url);
  const fetched: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (/\/pagefind\/|\/search\/lexicon\.json|search-/.test(response.url()))
      fetched.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Search' }).waitFor();
  // At a fast typist's pace (ten keys a second): the index loads while the reader types.
  await page.keyboard.type(query.slice(0, -1), { delay: 100 });
  // Watch for the first result of the whole query, then press its last key.
  await page.evaluate((full) => {
    const w = window as unknown as { searchShown: Promise<number>; lastKey: number };
    w.searchShown = new Promise((resolve) => {
      const dialog = document.querySelector('dialog') as HTMLElement;
      const check = () => {
        const status = dialog.querySelector('[data-status]')?.textContent ?? '';
        if (status.includes(`for “${full}”`) && dialog.querySelector('[data-results] > li')) resolve(performance.now());
        else requestAnimationFrame(check);
      };
      check();
    });
    w.lastKey = performance.now();
  }, query);
  await page.keyboard.press(query.at(-1) ?? '');
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { searchShown: Promise<number>; lastKey: number };
    return (await w.searchShown) - w.lastKey;
  });
  const bodies = await Promise.all(fetched);
  await context.close();
  return {
    ms,
    bytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results: Record<string, { medianMs: number; maxMs: number; firstQueryKb: number; firstQueryGzipKb: number }> = {};
try {
  for (const [label, query] of Object.entries(queries)) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await coldRun(query));
    const times = samples.map((sample) => sample.ms);
    results[`${label}: ${query}`] = {
      medianMs: Math.round(median(times)),
      maxMs: Math.round(Math.max(...times)),
      firstQueryKb: Math.round(median(samples.map((s) => s.bytes)) / 102.4) / 10,
      firstQueryGzipKb: Math.round(median(samples.map((s) => s.gzip)) / 102.4) / 10,
    };
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Search latency, ${runs} cold runs each${slowdown > 1 ? `, CPU ${slowdown}x slower` : ''}, ${values.dist}`);
console.table(results);
console.log(JSON.stringify(results));
