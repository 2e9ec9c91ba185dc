/*
 * One cold search, as a reader on a phone makes it: a fresh browser context (nothing cached),
 * the home page, a tap to open search, the query typed at 150 ms a key; timed in the page from the
 * last key to the first result of the whole query on screen.
 */
import type { Browser } from 'playwright-core';
import { emulatePhone, phoneContext } from '../support/phone-profile.ts';

export type SearchUi = 'site' | 'starlight';

/** Lighthouse's mobile profile, through the DevTools protocol; `desktop` leaves the machine as it is. */
export type Profile = 'phone' | 'desktop';

export interface SearchSample {
  ms: number;
  /** Bytes on the wire from the "/" to the first result: Pagefind's own files, and the rest. */
  pagefindBytes: number;
  otherBytes: number;
  /** Each file fetched, with its bytes on the wire and when (ms from the last key) it started and ended. */
  fetched: { path: string; bytes: number; start?: number; end?: number }[];
}

const keyDelayMs = 150;

export async function coldSearch(
  browser: Browser,
  url: string,
  ui: SearchUi,
  query: string,
  profile: Profile,
): Promise<SearchSample> {
  const context = await browser.newContext(
    profile === 'phone' ? phoneContext : { viewport: { width: 1280, height: 900 } },
  );
  const page = await context.newPage();
  if (profile === 'phone') await emulatePhone(context, page);
  await page.goto(url, { waitUntil: 'load' });
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize })),
    ),
  );
  // A tap on the search field (this site) or button (Starlight), as on a phone.
  const opener = page.locator(ui === 'site' ? '#site-search' : 'button[data-open-modal]');
  await (profile === 'phone' ? opener.tap() : opener.click());
  const input =
    ui === 'site' ? page.locator('dialog[open] input[type="search"]') : page.locator('.pagefind-ui__search-input');
  await input.waitFor({ state: 'visible' });
  // A reader whose caret is not in the field yet taps it (Starlight on a phone leaves the focus on its
  // button: it focuses the field before Pagefind's UI has made it).
  if (!(await input.evaluate((field) => document.activeElement === field))) {
    await (profile === 'phone' ? input.tap() : input.click());
  }
  await page.keyboard.type(query.slice(0, -1), { delay: keyDelayMs });
  await page.waitForTimeout(keyDelayMs);
  // The probe starts timing at the last key's keydown and stops when the result is on screen: the
  // status line names the whole query (Pagefind UI's message on Starlight) and a result's title is
  // shown. Pagefind UI lists a grey placeholder for each result before its fragment is in; the title
  // link comes with the fragment, as this site's list item does.
  await page.evaluate(
    ({ ui, query }) => {
      const [status, result] =
        ui === 'site'
          ? ['dialog[open] [data-status]', 'dialog[open] [data-results] > li']
          : ['.pagefind-ui__message', '.pagefind-ui__result-link'];
      const shown = () =>
        !!document.querySelector(result) &&
        (document.querySelector(status)?.textContent ?? '').toLowerCase().includes(query.toLowerCase());
      const probe = window as unknown as { searchMs?: Promise<number> };
      probe.searchMs = new Promise((resolve) => {
        addEventListener(
          'keydown',
          () => {
            const started = performance.now();
            (window as unknown as { lastKeyAt?: number }).lastKeyAt = started;
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              resolve(performance.now() - started);
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          },
          { once: true, capture: true },
        );
      });
    },
    { ui, query },
  );
  await page.keyboard.press(query.at(-1) ?? '');
  const ms = await page.evaluate(() => (window as unknown as { searchMs: Promise<number> }).searchMs);
  const fetched = await Promise.all(sizes);
  // When each file's request started and its last byte came, from the page's own clock.
  const timings = await page.evaluate(() => {
    const lastKeyAt = (window as unknown as { lastKeyAt?: number }).lastKeyAt ?? 0;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      url: entry.name,
      start: entry.startTime - lastKeyAt,
      end: entry.responseEnd - lastKeyAt,
    }));
  });
  await context.close();
  const isPagefind = (address: string) => new URL(address).pathname.includes('/pagefind/');
  const sum = (list: { bytes: number }[]) => list.reduce((total, entry) => total + entry.bytes, 0);
  return {
    ms,
    pagefindBytes: sum(fetched.filter((entry) => isPagefind(entry.url))),
    otherBytes: sum(fetched.filter((entry) => !isPagefind(entry.url))),
    fetched: fetched.map((entry) => {
      const timing = timings.find((candidate) => candidate.url === entry.url);
      return {
        path: new URL(entry.url).pathname,
        bytes: entry.bytes,
        ...(timing ? { start: Math.round(timing.start), end: Math.round(timing.end) } : {}),
      };
    }),
  };
}
