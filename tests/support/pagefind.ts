import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResultData } from '../../src/lib/search/rank';
import { distDir } from './dist';

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/**
 * Loads the built site's pagefind.js in Node: its files are read from dist/ through a stubbed
 * fetch, so search quality is tested without a browser.
 */
export async function loadPagefind(options: Record<string, unknown> = {}): Promise<PagefindApi> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
    if (url.protocol !== 'file:') return realFetch(input);
    const path = url.pathname.startsWith(distDir) ? url.pathname : join(distDir, url.pathname);
    return new Response(await readFile(path));
  }) as typeof fetch;
  const api = (await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await api.options({ ...options, baseUrl: '/', basePath: pathToFileURL(join(distDir, 'pagefind/')).href });
  return api;
}
