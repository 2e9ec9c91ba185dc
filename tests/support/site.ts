import type { Server } from 'node:http';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChrome } from '../../src/cli/support/chrome';
import { distDir } from './dist';
import { serveStatic, type ServeOptions } from '../../src/cli/support/static-server';

export interface SiteSession {
  /** The served site's root URL, ending in `/`. */
  url: string;
  /**
   * A fresh page in a fresh context; console errors and failed requests are collected. `prepare`
   * runs before the page loads (e.g. `context.addInitScript`).
   */
  open(
    path: string,
    options?: BrowserContextOptions,
    prepare?: (context: BrowserContext) => Promise<void>,
  ): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
}

/** Serves dist/ on a free port and drives Chromium over it, once per test file. */
export function useBuiltSite(options: Partial<ServeOptions> & { chromeArgs?: string[] } = {}): SiteSession {
  const { chromeArgs, ...serve } = options;
  let server: Server;
  let browser: Browser;
  const session: SiteSession = {
    url: '',
    async open(path, contextOptions, prepare) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
      await prepare?.(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path.replace(/^\//, ''), session.url).href);
      return { page, context, errors };
    },
  };
  beforeAll(async () => {
    const served = await serveStatic({ root: distDir, ...serve });
    server = served.server;
    session.url = served.url;
    browser = await launchChrome(chromeArgs);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return session;
}
