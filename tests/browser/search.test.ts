import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emulatePhone, phoneContext } from '../../src/cli/support/phone-profile';
import { distDir } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

describe('search dialog', () => {
  it('loads nothing for search until it opens', async () => {
    const { page, context } = await site.open('/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /pagefind|search-/.test(url))).toEqual([]);
    await context.close();
  });

  it('opens with Ctrl+K, shows results as you type, and Esc returns focus', async () => {
    const { page, context, errors } = await site.open('/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.locator('#site-search').focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog.waitFor()).resolves.toBeUndefined();
    await page.keyboard.type('does an obm do the work');
    await expect(
      dialog.getByRole('status').filter({ hasText: `for “does an obm do the work”` }).waitFor(),
    ).resolves.toBeUndefined();
    const first = dialog.locator('a.search-link').first();
    expect(await first.textContent()).toContain('Does an OBM do the work or just manage it?');
    expect(await dialog.locator('mark').count()).toBeGreaterThan(0);
    // The type filter's chunk is not on the way to the first results; the chips come once the reader
    // pauses, in a row kept for them, so the results do not move.
    const firstTop = (await first.boundingBox())?.y;
    expect(requested.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    await dialog.getByRole('button', { name: /^FAQ \(\d+\)$/ }).waitFor();
    expect(requested.filter((path) => path.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
    expect((await first.boundingBox())?.y).toBe(firstTop);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens with "/", and ArrowDown then Enter opens the second result', async () => {
    const { page, context } = await site.open('/articles/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('hiring an obm');
    await dialog.getByRole('status').filter({ hasText: `for “hiring an obm”` }).waitFor();
    // The second link may be a section of the first result's page, so its fragment counts; the
    // words searched for ride along in the query.
    const opened = (url: URL) => url.pathname + url.hash;
    const second = opened(new URL((await dialog.locator('a.search-link').nth(1).getAttribute('href')) ?? '', site.url));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => opened(url) === second), page.keyboard.press('Enter')]);
    expect(opened(new URL(page.url()))).toBe(second);
    await context.close();
  });

  it('keeps chips that wrap on a phone clear of the line below them', async () => {
    const { page, context } = await site.open('/', { viewport: { width: 390, height: 844 } });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('hiring');
    await dialog.getByRole('button', { name: /^Guide \(\d+\)$/ }).waitFor();
    const chips = await dialog.getByRole('group', { name: 'Filter by type' }).boundingBox();
    const lastChip = await dialog.getByRole('button', { name: /^Guide/ }).boundingBox();
    const status = await dialog.getByRole('status').boundingBox();
    // Five chips take two lines at this width; the row grows to hold them.
    expect(lastChip!.y).toBeGreaterThan(chips!.y + 20);
    expect(lastChip!.y + lastChip!.height).toBeLessThanOrEqual(status!.y);
    await context.close();
  });

  it('filters by type with the chips', async () => {
    const { page, context } = await site.open('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('hiring');
    await dialog.getByRole('status').filter({ hasText: `for “hiring”` }).waitFor();
    await dialog.getByRole('button', { name: /^Comparison/ }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /in Comparison/ })
      .waitFor();
    const types = await dialog.locator('.search-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Comparison']));
    await context.close();
  });
});

describe('search page', () => {
  it('shows the results of a shared URL, filtered by type', async () => {
    const { page, context, errors } = await site.open('/search/?q=retainer&type=FAQ');
    await page
      .getByRole('status')
      .filter({ hasText: /results? for “retainer” in FAQ/ })
      .waitFor();
    const hrefs = await page
      .locator('[data-results] a.search-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith('/faq/'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a query with markup as text and runs none of it', async () => {
    const query = '<img src=x onerror="window.pwned=1">';
    const { page, context } = await site.open(`/search/?q=${encodeURIComponent(query)}`);
    await page.getByRole('status').filter({ hasText: /for “/ }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(query);
    expect(await page.locator('[data-results] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await context.close();
  });

  it('says when nothing matches and offers a way forward', async () => {
    const { page, context } = await site.open('/search/?q=xylophone');
    await page
      .getByRole('status')
      .filter({ hasText: /^0 results/ })
      .waitFor();
    const links = await page.locator('[data-results] a').allTextContents();
    expect(links).toEqual(
      expect.arrayContaining(['Frequently asked questions', 'Which one do I need? The decision guide']),
    );
    await context.close();
  });

  it('offers results for the words of a missing page on the 404 page', async () => {
    const { page, context } = await site.open('/hiring-obm-questions/');
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const top = await page.locator('[data-results] a.search-link').first().getAttribute('href');
    expect(top).toMatch(/obm|online-business-manager/);
    await context.close();
  });
});

describe('search weight', () => {
  // The search code is one chunk, fetched on first use; query understanding is most of it.
  it('fetches at most 11 KB gzip of search code when search opens', async () => {
    const { page, context } = await site.open('/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.keyboard.press('/');
    await page.keyboard.type('manager');
    await page.getByRole('status').filter({ hasText: '“manager”' }).waitFor();
    const ours = scripts.filter((path) => path.startsWith('/_astro/'));
    expect(ours.length).toBeGreaterThan(0);
    const bytes = ours
      .map((path) => gzipSync(readFileSync(join(distDir, path))).length)
      .reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThanOrEqual(11 * 1024);
    await context.close();
  });
});

describe('no key lost', () => {
  const query = 'can i afford an obm';
  /** Presses the opener and types at once, without waiting for anything to open or load. */
  async function typeAtOnce(page: Page, open: () => Promise<void>) {
    await open();
    await page.keyboard.type(query);
    const input = page.locator('dialog[data-search-dialog] input[type="search"]');
    await page
      .getByRole('status')
      .filter({ hasText: `“${query}”` })
      .waitFor();
    return input.inputValue();
  }

  it('keeps every character typed straight after "/", Ctrl+K or a click in the header field', async () => {
    for (const open of [
      (page: Page) => page.keyboard.press('/'),
      (page: Page) => page.keyboard.press('Control+k'),
      (page: Page) => page.locator('#site-search').click(),
    ]) {
      const { page, context, errors } = await site.open('/articles/');
      expect(await typeAtOnce(page, () => open(page))).toBe(query);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('keeps every character on a throttled phone, before any search code has arrived', async () => {
    const { page, context } = await site.open('/', phoneContext);
    await emulatePhone(context, page);
    const arrived: string[] = [];
    page.on('requestfinished', (request) => arrived.push(new URL(request.url()).pathname));
    expect(await typeAtOnce(page, () => page.keyboard.press('/'))).toBe(query);
    // The first keys were typed before the search code could be there.
    expect(arrived.some((path) => path.includes('pagefind'))).toBe(true);
    await context.close();
  });
});

describe('search in a reader’s own words', () => {
  it('shows results for a question with a word the site never uses', async () => {
    const { page, context, errors } = await site.open('/search/');
    await page.locator('#search-page-input').fill('Can you afford an OBM?');
    const status = page.getByRole('status');
    await status.filter({ hasText: /\d+ results? for “Can you afford an OBM\?”/ }).waitFor();
    expect(await page.locator('[data-results] > li a.search-link').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-results] > li').first().textContent()).toMatch(/afford|cost|budget/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers “Did you mean” for a misspelling, and the link runs the corrected search', async () => {
    const { page, context } = await site.open('/search/?q=retainr%20agreemnt');
    const suggestion = page.getByRole('status').getByRole('link', { name: /retainer agreement/ });
    await suggestion.waitFor();
    await suggestion.click();
    await page.getByRole('status').filter({ hasText: '“retainer agreement”' }).waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('retainer agreement');
    expect(new URL(page.url()).searchParams.get('q')).toBe('retainer agreement');
    await context.close();
  });

  it('names the words that matched nothing', async () => {
    const { page, context } = await site.open('/search/?q=xylophonic');
    await page.getByRole('status').filter({ hasText: 'No page uses “xylophonic”.' }).waitFor();
    expect(await page.locator('[data-results] > li').count()).toBe(1);
    await context.close();
  });
});

describe('the answer first', () => {
  it('answers “Can I afford an OBM?” above the results with the FAQ’s own short answer and who says so', async () => {
    const { page, context, errors } = await site.open('/search/?q=Can%20I%20afford%20an%20OBM%3F');
    const box = page.locator('[data-results] > li[data-answer]');
    await box.waitFor();
    const href = (await box.locator('a').first().getAttribute('href')) ?? '';
    const faq = new URL(href, site.url).pathname;
    expect(faq).toMatch(/^\/faq\/[\w-]+\/$/);
    // The box says what the FAQ's own page says, in its first sentences.
    const own = await context.newPage();
    await own.goto(new URL(faq, site.url).href);
    const opening = ((await own.locator('main .prose p').first().textContent()) ?? '').split('. ')[0] ?? '';
    expect(opening.length).toBeGreaterThan(20);
    expect(await box.textContent()).toContain(opening);
    expect(await box.textContent()).toMatch(/According to \w/);
    // Heard as the first result: the first item of the list, and the count is of results only.
    expect(await page.locator('[data-results] > li').first().getAttribute('data-answer')).not.toBeNull();
    const count = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    expect(await page.locator('[data-results] > li:not([data-answer])').count()).toBeLessThanOrEqual(count);
    // Reachable with the arrow keys from the field.
    await page.locator('#search-page-input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.hasAttribute('data-answer'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no answer when no result clearly leads', async () => {
    const { page, context } = await site.open('/search/?q=manager');
    await page.getByRole('status').filter({ hasText: '“manager”' }).waitFor();
    expect(await page.locator('[data-answer]').count()).toBe(0);
    await context.close();
  });
});

describe('landing on the words searched for', () => {
  it('marks the words on the page a result opens, scrolls to the first, and clears them', async () => {
    const { page, context, errors } = await site.open('/search/?q=retainer');
    const first = page.locator('[data-results] > li:not([data-answer]) a.search-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toContain('highlight=retainer');
    await Promise.all([page.waitForURL(/highlight=retainer/), first.click()]);
    const mark = page.locator('main mark.search-mark').first();
    await mark.waitFor();
    expect((await mark.textContent())?.toLowerCase()).toContain('retainer');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.getByRole('button', { name: 'Clear marks' }).click();
    expect(await page.locator('mark.search-mark').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads nothing for marking on a page opened without search words', async () => {
    const { page, context } = await site.open('/faq/');
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => /mark-search-terms|pagefind-highlight/.test(url))).toEqual([]);
    expect(scripts.length).toBe(1);
    await context.close();
  });
});
