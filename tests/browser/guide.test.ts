import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileFor, parseHtml } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

const result = (page: Page) => page.locator('section[aria-labelledby="guide-result"]');
const announced = (page: Page) => result(page).locator('[aria-live="polite"]').textContent();
const checkedAnswers = (page: Page) =>
  page.$$eval('form input[type="radio"]:checked', (inputs) =>
    inputs.map((input) => `${input.getAttribute('name')}=${input.getAttribute('value')}`),
  );

/** An owner with a launch to run and nobody to build it: the answer index for each question in turn. */
const launchWithoutHands = [1, 2, 0, 1, 0, 2, 3, 0];

async function tabToFirstRadio(page: Page): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('input[type="radio"]'))) return;
  }
  throw new Error('Tab never reached a radio button');
}

describe('the decision guide', () => {
  it('can be answered by keyboard alone, explaining the result with links to existing pages', async () => {
    const { page, context, errors } = await site.open('/guide/');
    await tabToFirstRadio(page);
    for (const [index, answer] of launchWithoutHands.entries()) {
      // Space picks the first answer of a group; each arrow press moves to the next one and picks it.
      if (answer === 0) await page.keyboard.press('Space');
      for (let step = 0; step < answer; step += 1) await page.keyboard.press('ArrowDown');
      if (index < launchWithoutHands.length - 1) await page.keyboard.press('Tab');
    }

    await expect(announced(page)).resolves.toContain('A project manager and a virtual assistant (PM + VA)');
    await expect(announced(page)).resolves.toContain('Based on 8 of 8 answers');
    // Versioned: each question's key with its answer (see src/lib/guide/guide-answers.ts).
    expect(new URL(page.url()).searchParams.get('a')).toBe('2.AbBcCaDbEaFcGdHa');
    const reasons = await result(page).locator('[data-guide-reasons] > li').allTextContents();
    expect(reasons.length).toBeGreaterThan(2);
    expect(reasons.join(' ')).toContain('more hands');

    const hrefs = await result(page)
      .locator('[data-guide-reasons] a, [data-guide-next] a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.some((href) => href.includes('/articles/hiring-a-project-manager/'))).toBe(true);
    for (const href of hrefs) {
      const url = new URL(href);
      const file = fileFor(url.pathname);
      expect(file, href).toBeDefined();
      if (url.hash) {
        const target = parseHtml(readFileSync(file!, 'utf8'));
        expect(target.getElementById(decodeURIComponent(url.hash.slice(1))), href).not.toBeNull();
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens a shared link with the same answers and result', async () => {
    const first = await site.open('/guide/');
    for (const [question, answer] of [
      ['projects', 'c'],
      ['scope', 'b'],
      ['decisions', 'b'],
    ]) {
      await first.page.locator(`input[name="${question}"][value="${answer}"]`).check();
    }
    const shared = await result(first.page).locator('[data-guide-share]').getAttribute('href');
    const before = await announced(first.page);
    const answers = await checkedAnswers(first.page);
    await first.context.close();
    expect(shared).toMatch(/\/guide\/results\/obm\/\?a=2\.AcCbEb$/);
    expect(before).toContain('(OBM)');

    // The shared link opens the result's page with the reader's answers, and leads back to them.
    const landing = await site.open(new URL(shared!).pathname + new URL(shared!).search);
    await landing.page.locator('[data-your-reasons]').waitFor();
    expect(await landing.page.locator('h1').textContent()).toContain('(OBM)');
    expect(await landing.page.locator('[data-your-reasons] li').count()).toBeGreaterThan(0);
    const change = await landing.page.getByRole('link', { name: 'Change your answers' }).getAttribute('href');
    expect(landing.errors).toEqual([]);
    await landing.context.close();

    const second = await site.open(new URL(change!, site.url).pathname + new URL(change!, site.url).search);
    await expect(announced(second.page)).resolves.toBe(before);
    await expect(checkedAnswers(second.page)).resolves.toEqual(answers);
    await second.page.reload();
    await expect(announced(second.page)).resolves.toBe(before);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('ignores a tampered link and stays usable', async () => {
    const { page, context, errors } = await site.open('/guide/?a=zz<script>');
    await expect(announced(page)).resolves.toContain('Answer a question to see your result.');
    await expect(checkedAnswers(page)).resolves.toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('radio', { name: 'Only the doing: I can manage the tasks myself' }).check();
    await expect(announced(page)).resolves.toContain('A virtual assistant (VA)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the valid parts of a partly broken link and tidies the address', async () => {
    const { page, context, errors } = await site.open('/guide/?a=b<x' + 'q'.repeat(500));
    await expect(checkedAnswers(page)).resolves.toEqual(['projects=b']);
    await expect(announced(page)).resolves.toContain('Based on 1 of 8 answers');
    expect(new URL(page.url()).searchParams.get('a')).toBe('2.Ab');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts over from a clean form and address', async () => {
    const { page, context } = await site.open('/guide/?a=bcabacda');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.waitForFunction(() => !location.search);
    await expect(checkedAnswers(page)).resolves.toEqual([]);
    await expect(announced(page)).resolves.toContain('Answer a question');
    await context.close();
  });

  it('shows a link made before versioned links with the result it showed then', async () => {
    // The November 2026 format: one letter per question, in order (tests/unit/fixtures/guide-links-2026-11.json).
    const { page, context, errors } = await site.open('/guide/?a=bcabacda');
    await expect(announced(page)).resolves.toContain('A project manager and a virtual assistant (PM + VA)');
    await expect(announced(page)).resolves.toContain('Based on 8 of 8 answers');
    expect(await result(page).locator('[data-guide-changed]').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('a')).toBe('2.AbBcCaDbEaFcGdHa');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shares a result as its own page, which unfurls with the result’s title and image', async () => {
    const { page, context } = await site.open('/guide/results/pm-va/?a=2.AbBcCaDbEaFcGdHa');
    const og = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await og('og:title')).toContain('A project manager and a virtual assistant');
    const image = new URL((await og('og:image')) ?? '').pathname;
    expect(image).toBe('/og/guide/pm-va.png');
    const response = await page.request.get(new URL(image, site.url).href);
    expect(response.headers()['content-type']).toBe('image/png');
    await page.locator('[data-your-reasons]').waitFor();
    expect(await page.locator('[data-your-reasons] li').count()).toBeGreaterThan(2);
    await context.close();
  });

  it('copies the share link', async () => {
    const { page, context } = await site.open('/guide/?a=b');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await result(page).getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
      /\/guide\/results\/pm\/\?a=2\.Ab$/,
    );
    await context.close();
  });

  it('shows the questions and the scoring key without JavaScript', async () => {
    const { page, context } = await site.open('/guide/', { javaScriptEnabled: false });
    const fieldsets = page.locator('form fieldset');
    expect(await fieldsets.count()).toBeGreaterThanOrEqual(6);
    for (const legend of await fieldsets.locator('legend').all()) expect(await legend.isVisible()).toBe(true);
    await page.getByRole('radio').first().check();
    expect(await page.getByRole('heading', { name: 'How the result is worked out' }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Points for each answer' }).isVisible()).toBe(true);
    expect(await page.getByText('the highest total is yours', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText('With JavaScript off').isVisible()).toBe(true);
    expect(await result(page).isVisible()).toBe(false);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with a result shown (%s)', async (scheme) => {
    // The test injects axe as an inline script, which the page's CSP rightly refuses.
    const { page, context } = await site.open('/guide/?a=bcabacda', { colorScheme: scheme, bypassCSP: true });
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } };
      return (await axe.run()).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways at 390 px', async () => {
    const { page, context } = await site.open('/guide/?a=bcabacda', { viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
