/*
 * `npm run bench` (or `npm run bench -- --articles 250`): how the build scales. For each size it
 * copies the site into a temporary folder, adds that many synthetic articles next to the real
 * content, builds the copy from cold (fresh Astro and social-image caches) and reports wall time,
 * peak memory (the process tree sampled every 0.25 s, with the processes alive at the peak), pages
 * per second, the search-indexing and social-image steps, output sizes and the gzip weight of each
 * page type; then builds the copy once more, as a host that keeps the build caches would. The
 * project itself is never written to.
 *
 * `npm run bench -- --starlight [--articles 1000] [--rounds 3]` builds the same generated articles
 * with Starlight beside this site, in interleaved rounds, and prints each pair and its ratio.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './bench/measure.ts';
import { peakReport, report, row, type BenchResult } from './bench/report.ts';
import { runBuild } from './bench/run-build.ts';
import { sideBySide } from './bench/side-by-side.ts';
import { prepareCopy } from './bench/site-copy.ts';

const project = process.cwd();

const { values } = parseArgs({
  options: {
    articles: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
const sizes = (values.articles ?? (values.starlight ? ['1000'] : ['100', '1000']))
  .flatMap((value) => value.split(','))
  .map(Number);
const rounds = Number(values.rounds);
if (sizes.some((size) => !Number.isInteger(size) || size < 0) || !Number.isInteger(rounds) || rounds < 1) {
  console.error(
    'Usage: npm run bench -- [--articles N]... [--keep] [--starlight [--rounds R]]   (N, R: whole numbers)',
  );
  process.exit(2);
}

if (values.starlight) {
  await sideBySide(project, sizes[0] ?? 1000, rounds, values.keep);
  process.exit(0);
}

const results: BenchResult[] = [];
for (const articles of sizes) {
  const dir = prepareCopy(project, articles);
  console.log(`Building a copy with ${articles} synthetic articles in ${dir} ...`);
  try {
    const cold = await runBuild(dir);
    const result = measure(dir, articles, cold);
    const again = await runBuild(dir);
    result.rebuild = {
      seconds: Number(again.seconds.toFixed(1)),
      peakMemoryMb: again.peakKb === null ? null : Math.round(again.peakKb / 1024),
    };
    results.push(result);
    console.log(`\n${report(result)}\n${peakReport(cold.peak)}\n`);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (results.length > 1) {
  const widths = [9, 6, 8, 8, 8, 11, 9, 9, 10, 8];
  console.log(
    row(
      [
        'articles',
        'pages',
        'build s',
        'pages/s',
        'peak MB',
        'process MB',
        'search s',
        'images s',
        'rebuild s',
        'dist MB',
      ],
      widths,
    ),
  );
  for (const result of results) {
    console.log(
      row(
        [
          result.articles,
          result.pages,
          result.buildSeconds.toFixed(1),
          result.pagesPerSecond,
          result.peakMemoryMb ?? '-',
          result.largestProcessPeakMb ?? '-',
          result.searchIndex ? (result.searchIndex.ms / 1000).toFixed(1) : '-',
          result.socialImages ? (result.socialImages.ms / 1000).toFixed(1) : '-',
          result.rebuild ? result.rebuild.seconds.toFixed(1) : '-',
          (result.distBytes / 1024 / 1024).toFixed(1),
        ],
        widths,
      ),
    );
  }
  const [first, last] = [results[0]!, results.at(-1)!];
  console.log(
    `\n${last.articles / first.articles}x the articles took ${(last.buildSeconds / first.buildSeconds).toFixed(1)}x the ` +
      `build time (${(last.pages / first.pages).toFixed(1)}x the pages).`,
  );
}
console.log(`\n${JSON.stringify(results, null, 2)}`);
