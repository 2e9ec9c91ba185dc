import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

const ratesDir = join(import.meta.dirname, '../../src/content/rates');
const rate = (id: string) =>
  JSON.parse(readFileSync(join(ratesDir, `${id}.json`), 'utf8')) as { low: number; high: number; currency: string };
const roleHasRates = (role: string) =>
  readdirSync(ratesDir).some(
    (name) => (JSON.parse(readFileSync(join(ratesDir, name), 'utf8')) as { role: string }).role === role,
  );
const planner = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/planner.json'), 'utf8')) as {
    roles: { role: string }[];
  }[]
)[0]!;
const dollars = (amount: number) => `$${amount.toLocaleString('en-US')}`;

const status = (page: Page) => page.locator('[data-planner-status]');
const checkedRoles = (page: Page) =>
  page.$$eval('input[name="roles"]:checked', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
const field = (page: Page, name: string) => page.locator(`input[name="${name}"]`);

describe('the budget planner', () => {
  it('reopens a shared plan, and a plan changed by keyboard is the new link', async () => {
    const shared = await site.open('/planner/?roles=obm,va&hours=10&months=2');
    const { page } = shared;
    expect(await checkedRoles(page)).toEqual(['obm', 'va']);
    await expect(field(page, 'hours').inputValue()).resolves.toBe('10');
    await expect(field(page, 'months').inputValue()).resolves.toBe('2');
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status(page).textContent()).resolves.toMatch(/^For 10 hours a month for 2 months: OBM: .*VA: /);
    const sections = await page.locator('[data-planner-roles] h3').allTextContents();
    expect(sections).toEqual(['Online Business Manager (OBM)', 'Virtual Assistant (VA)']);

    // Keyboard only: tick the PM, untick the VA, type 20 hours and press Enter.
    await field(page, 'roles').first().focus();
    await page.keyboard.press('Space');
    for (let presses = 0; presses < 2; presses += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('va');
    await page.keyboard.press('Space');
    await field(page, 'hours').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');

    // The lowest PM hourly rate times 20 hours opens the PM's range.
    const lowest = rate('pm-zippia-contract').low;
    await expect.poll(() => status(page).textContent()).toContain(`PM: ${dollars(lowest * 20)}`);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/planner/');
    expect(url.search).toBe('?roles=pm,obm&hours=20&months=2');
    const announced = await status(page).textContent();
    const link = await page.locator('[data-planner-share]').getAttribute('href');
    expect(link).toBe(url.href);
    expect(shared.errors).toEqual([]);
    await shared.context.close();

    const reopened = await site.open(`/planner/${url.search}`);
    expect(await checkedRoles(reopened.page)).toEqual(['pm', 'obm']);
    await expect(status(reopened.page).textContent()).resolves.toBe(announced);
    expect(reopened.errors).toEqual([]);
    await reopened.context.close();
  });

  it('turns a bad link into the default plan with a note, never an error', async () => {
    const { page, context, errors } = await site.open('/planner/?roles=ceo&hours=lots');
    const notes = await page.locator('[data-planner-notes] li').allTextContents();
    expect(notes.join(' ')).toContain('Unknown role "ceo"');
    expect(notes.join(' ')).toContain('"hours=lots" is not');
    expect(await checkedRoles(page)).toEqual(['pm', 'obm']);
    await expect(status(page).textContent()).resolves.toMatch(/^For 20 hours a month for 3 months/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every role as tables at 10, 20 and 40 hours a month without JavaScript', async () => {
    const { page, context } = await site.open('/planner/', { javaScriptEnabled: false });
    await expect(page.locator('budget-planner form').isVisible()).resolves.toBe(false);
    const captions = await page.locator('table caption').allTextContents();
    const withRates = planner.roles.filter((role) => roleHasRates(role.role));
    expect(captions).toHaveLength(withRates.length);
    for (const caption of captions) expect(caption).toContain('10, 20, 40 hours a month');
    const headers = await page.locator('table').first().locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(['10 hours', '20 hours', '40 hours']);
    // Zippia's $30-$62 an hour at 10 hours a month, straight from its entry.
    const zippia = rate('pm-zippia-contract');
    const row = page.locator('tbody tr', { hasText: 'Zippia' }).filter({ hasText: 'an hour' });
    await expect(row.locator('td').first().textContent()).resolves.toBe(
      `${dollars(zippia.low * 10)}–${dollars(zippia.high * 10)}`,
    );
    await expect(page.getByText('With JavaScript off').isVisible()).resolves.toBe(true);
    await context.close();
  });

  describe.each([
    { width: 390, colorScheme: 'light' as const },
    { width: 390, colorScheme: 'dark' as const },
    { width: 1280, colorScheme: 'light' as const },
  ])('at $width px ($colorScheme)', ({ width, colorScheme }) => {
    it('has no axe violation or sideways scroll with every role shown', async () => {
      const roles = planner.roles.map((role) => role.role).join(',');
      const { page, context } = await site.open(`/planner/?roles=${roles}&hours=10&months=2`, {
        viewport: { width, height: 900 },
        colorScheme,
        bypassCSP: true,
      });
      await expect(page.locator('[data-planner-roles] h3').count()).resolves.toBe(planner.roles.length);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  });
});
