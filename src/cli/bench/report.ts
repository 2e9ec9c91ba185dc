/* The benchmark's results, and the table `npm run bench` prints from them. */
import { pageTypes, type PageType } from '../../lib/build-checks/page-types.ts';
import type { TreeMemory } from './process-memory.ts';

export interface TypeWeight {
  pages: number;
  /** The heaviest page of the type, in gzip bytes. */
  html: number;
  css: number;
  js: number;
  htmlAndCss: number;
}

export interface BenchResult {
  articles: number;
  pages: number;
  buildSeconds: number;
  /** The one-minute load average as the build ended: above the core count, other work slowed it. */
  loadAverage: number;
  pagesPerSecond: number;
  /** Largest sum of resident memory of the build and its child processes, sampled every 0.25 s. */
  peakMemoryMb: number | null;
  /** Peak resident memory of the largest single process (Astro's build, or Pagefind's). */
  largestProcessPeakMb: number | null;
  searchIndex: { pages: number; ms: number; bytes: number } | null;
  /** `ms`: the images step, beside the search indexing. */
  socialImages: { drawn: number; cached: number; ms: number } | null;
  distBytes: number;
  /** Files in dist/: hosts limit them (Cloudflare Pages: 20,000). */
  distFiles: number;
  pageTypes: Partial<Record<PageType, TypeWeight>>;
  /** The same copy built again at once: unchanged social images come from the cache, as on a host that keeps it. */
  rebuild?: { seconds: number; peakMemoryMb: number | null };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((cell, index) => String(cell)[index === 0 ? 'padEnd' : 'padStart'](widths[index] ?? 8)).join('  ');

export function report(result: BenchResult): string {
  const lines = [
    `${result.articles} synthetic articles: ${result.pages} pages`,
    `  build             ${result.buildSeconds.toFixed(1)} s, ${result.pagesPerSecond} pages/s (load average ${result.loadAverage})`,
    `  peak memory       ${result.peakMemoryMb === null ? 'not measured (no /proc)' : `${result.peakMemoryMb} MB the process tree, ${result.largestProcessPeakMb} MB the largest process`}`,
    `  search index      ${result.searchIndex ? `${result.searchIndex.pages} pages in ${seconds(result.searchIndex.ms)}, ${mb(result.searchIndex.bytes)}` : 'no log line'}`,
    `  social images     ${result.socialImages ? `${result.socialImages.drawn} drawn, ${result.socialImages.cached} from cache, ${seconds(result.socialImages.ms)}` : 'no log line'}`,
    `  dist              ${mb(result.distBytes)} in ${result.distFiles} files`,
    `  rebuild           ${result.rebuild ? `${result.rebuild.seconds.toFixed(1)} s with the image cache kept, peak ${result.rebuild.peakMemoryMb ?? '-'} MB` : 'not run'}`,
    '',
    `  ${row(['page type (heaviest page, gzip bytes)', 'pages', 'HTML', 'CSS', 'HTML+CSS', 'JS'], [38, 6, 7, 6, 9, 6])}`,
  ];
  for (const type of pageTypes) {
    const weight = result.pageTypes[type];
    if (!weight) continue;
    lines.push(
      `  ${row([type, weight.pages, weight.html, weight.css, weight.htmlAndCss, weight.js], [38, 6, 7, 6, 9, 6])}`,
    );
  }
  return lines.join('\n');
}

/** The processes alive when the tree's memory peaked, largest first. */
export function peakReport(peak: TreeMemory | null): string {
  if (!peak) return 'Peak memory: not measured (no /proc).';
  const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
  const processes = peak.processes.slice(0, 6).map((process) => `${process.command} ${mb(process.kb)}`);
  return `Peak memory ${mb(peak.kb)}: ${processes.join(', ')}`;
}
