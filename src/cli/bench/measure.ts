/* What a built copy measures: time, memory, the search and image steps, output, page weights. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageTypeOf, type PageType } from '../../lib/build-checks/page-types.ts';
import { pageWeight } from '../../lib/build-checks/page-weight.ts';
import type { BenchResult, TypeWeight } from './report.ts';
import type { BuildRun } from './run-build.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

export function measure(dir: string, articles: number, run: BuildRun) {
  const dist = join(dir, 'dist');
  const files = walk(dist);
  const text = new Map<string, string | undefined>();
  const lookup = (path: string) => {
    if (!text.has(path)) {
      const file = join(dist, path);
      text.set(path, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return text.get(path);
  };
  const weights: Partial<Record<PageType, TypeWeight>> = {};
  const pages = files.filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const path = `/${relative(dist, file).replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(file, 'utf8');
    const type = pageTypeOf(path);
    if (!type || html.includes('http-equiv="refresh"')) continue;
    const weight = pageWeight(html, path, lookup);
    const known = weights[type] ?? { pages: 0, html: 0, css: 0, js: 0, htmlAndCss: 0 };
    weights[type] = {
      pages: known.pages + 1,
      html: Math.max(known.html, weight.html),
      css: Math.max(known.css, weight.css),
      js: Math.max(known.js, weight.js),
      htmlAndCss: Math.max(known.htmlAndCss, weight.html + weight.externalCss),
    };
  }
  const indexed = /search index: (\d+) pages indexed in (\d+) ms/.exec(run.log);
  const social = /social images: (\d+) drawn, (\d+) from the cache, (\d+) ms/.exec(run.log);
  const result: BenchResult = {
    articles,
    pages: pages.length,
    buildSeconds: Number(run.seconds.toFixed(1)),
    loadAverage: Number(run.load.toFixed(1)),
    pagesPerSecond: Math.round(pages.length / run.seconds),
    peakMemoryMb: run.peakKb === null ? null : Math.round(run.peakKb / 1024),
    largestProcessPeakMb: run.largestProcessKb === null ? null : Math.round(run.largestProcessKb / 1024),
    searchIndex: indexed
      ? { pages: Number(indexed[1]), ms: Number(indexed[2]), bytes: bytesOf(walk(join(dist, 'pagefind'))) }
      : null,
    socialImages: social ? { drawn: Number(social[1]), cached: Number(social[2]), ms: Number(social[3]) } : null,
    distBytes: bytesOf(files),
    distFiles: files.length,
    pageTypes: weights,
  };
  return result;
}
