import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChrome } from '../../src/cli/support/chrome';

const root = join(import.meta.dirname, '../..');
let devServer: ChildProcess;
let browser: Browser;
let url = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  devServer = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', `${port}`],
    {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: 'pipe',
    },
  );
  await new Promise<void>((resolve, reject) => {
    devServer.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(`${port}`) && resolve());
    devServer.on('exit', (code) => reject(new Error(`astro dev exited with ${code}`)));
  });
  browser = await launchChrome();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  devServer?.kill();
});

describe('search while writing (npm run dev)', () => {
  it('answers from the last build’s index and says so', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const dialog = page.getByRole('dialog', { name: 'Search' });
    // The dev server may reload the page once while it optimises dependencies: retry the shortcut.
    for (let attempt = 0; attempt < 20 && !(await dialog.isVisible()); attempt++) {
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Control+k');
      await dialog.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await page.keyboard.type('retainer');
    const status = dialog.getByRole('status').filter({ hasText: `for “retainer”` });
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toContain('index from the last build');
    expect(await dialog.locator('a.search-link').count()).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});
