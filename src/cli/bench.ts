/*
 * `npm run bench` (or `npm run bench -- --articles 250`): how the build scales. For each size it
 * copies the site into a temporary folder, adds that many synthetic articles next to the real
 * content, builds the copy from cold (fresh Astro and social-image caches) and reports wall time,
 * peak memory, pages per second, the search-indexing and social-image steps, output sizes and the
 * gzip weight of each page type; then builds the copy once more, as a host that keeps the image
 * cache would. The project itself is never written to.
 *
 * `npm run bench -- --starlight [--articles 1000] [--rounds 3]` builds the same generated articles
 * with Starlight beside this site (starlight-project.ts), in interleaved rounds, and prints each pair
 * and its ratio, so a noisy machine slows both sides alike.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pageTypeOf, type PageType } from '../lib/build-checks/page-types.ts';
import { pageWeight } from '../lib/build-checks/page-weight.ts';
import { syntheticArticles } from '../lib/content/synthetic-articles.ts';
import { report, row, type BenchResult, type TypeWeight } from './bench-report.ts';
import { highWaterKb, treeMemoryKb } from './process-memory.ts';
import { clearStarlightBuild, starlightProject, starlightVersion, writeStarlightCorpus } from './starlight-project.ts';

const project = process.cwd();
// The ledger too, so its check runs as in a real build (the synthetic pages only add warnings).
const copied = ['src', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json', 'published-addresses.txt'];

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

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

/** The generated articles for a size: the same for this site and for Starlight. */
function corpusOf(articles: number, dir = project) {
  const roles = (JSON.parse(readFileSync(join(dir, 'src/content/roles.json'), 'utf8')) as { id: string }[]).map(
    (role) => role.id,
  );
  return syntheticArticles(articles, { roles, links: ['/compare/', '/faq/', '/guide/'], sources: sourceIds(dir) });
}

/** The site's files, the synthetic articles, and node_modules as links to the project's packages. */
function prepareCopy(articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), `pm-vs-obm-bench-${articles}-`));
  for (const name of copied) cpSync(join(project, name), join(dir, name), { recursive: true });
  // Linked package by package, not as one folder, so the caches under node_modules/ (Astro's,
  // the social images') start empty and stay out of the project.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const article of corpusOf(articles, dir)) {
    writeFileSync(join(dir, 'src/content/articles', `${article.id}.md`), article.source);
  }
  return dir;
}

/** The ids of the cited sources a copy of the site has. */
function sourceIds(dir: string): string[] {
  return readdirSync(join(dir, 'src/content/sources')).map((name) => name.replace(/\.json$/, ''));
}

interface BuildRun {
  seconds: number;
  /** The machine's one-minute load average when the build ended: other work slows a build down. */
  load: number;
  peakKb: number | null;
  processPeakKb: number | null;
  log: string;
}

/** Runs a build in `dir` (this site's build script unless `args` names another), logging to build.log there. */
function build(dir: string, args = ['src/cli/build.ts']): Promise<BuildRun> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const file = createWriteStream(join(dir, 'build.log'));
    let log = '';
    const collect = (chunk: Buffer) => {
      log += chunk.toString();
      file.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakKb: number | null = null;
    let processPeakKb: number | null = null;
    const sample = () => {
      if (child.pid === undefined) return;
      const kb = treeMemoryKb(child.pid);
      if (kb !== null) peakKb = Math.max(peakKb ?? 0, kb);
      processPeakKb = Math.max(processPeakKb ?? 0, highWaterKb(child.pid) ?? 0) || null;
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      file.end();
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolvePromise({ seconds, load: loadavg()[0] ?? 0, peakKb, processPeakKb, log });
      else reject(new Error(`The build failed (exit code ${code}); see ${join(dir, 'build.log')}`));
    });
  });
}

function measure(dir: string, articles: number, run: BuildRun) {
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
  const indexed = /\[pagefind-index\] indexed (\d+) pages in (\d+) ms/.exec(run.log);
  const social =
    /\[social-images\] social images: (\d+) drawn, (\d+) from cache, (\d+) ms in this step \((\d+) drawn before/.exec(
      run.log,
    );
  const result: BenchResult = {
    articles,
    pages: pages.length,
    buildSeconds: Number(run.seconds.toFixed(1)),
    loadAverage: Number(run.load.toFixed(1)),
    pagesPerSecond: Math.round(pages.length / run.seconds),
    peakMemoryMb: run.peakKb === null ? null : Math.round(run.peakKb / 1024),
    buildProcessPeakMb: run.processPeakKb === null ? null : Math.round(run.processPeakKb / 1024),
    searchIndex: indexed
      ? { pages: Number(indexed[1]), ms: Number(indexed[2]), bytes: bytesOf(walk(join(dist, 'pagefind'))) }
      : null,
    socialImages: social
      ? { drawn: Number(social[1]), drawnEarly: Number(social[4]), cached: Number(social[2]), ms: Number(social[3]) }
      : null,
    distBytes: bytesOf(files),
    distFiles: files.length,
    pageTypes: weights,
  };
  return result;
}

/** Cold builds of the same articles by Starlight and by this site, alternating which goes first. */
async function sideBySide(articles: number, count: number): Promise<void> {
  const starlight = starlightProject(project);
  writeStarlightCorpus(starlight, corpusOf(articles));
  const astroBin = join(starlight, 'node_modules/astro/bin/astro.mjs');
  const widths = [7, 13, 11, 7, 14, 9, 13, 10];
  console.log(
    `\n${articles} generated articles, ${count} rounds; Starlight ${starlightVersion} with its defaults, this site with every feature.\n`,
  );
  console.log(
    row(['round', 'Starlight s', 'this site s', 'ratio', 'rebuild s', 'ratio', 'Starlight MB', 'site MB'], widths),
  );
  const ratios: { cold: number; rebuild: number }[] = [];
  for (let round = 1; round <= count; round++) {
    const ours = async () => {
      const dir = prepareCopy(articles);
      try {
        const cold = await build(dir);
        const rebuild = await build(dir);
        return { cold, rebuild };
      } finally {
        if (!values.keep) rmSync(dir, { recursive: true, force: true });
      }
    };
    const theirs = () => {
      clearStarlightBuild(starlight);
      return build(starlight, [astroBin, 'build']);
    };
    let site;
    let other;
    if (round % 2) {
      site = await ours();
      other = await theirs();
    } else {
      other = await theirs();
      site = await ours();
    }
    const cold = site.cold.seconds / other.seconds;
    const rebuild = site.rebuild.seconds / other.seconds;
    ratios.push({ cold, rebuild });
    const mb = (kb: number | null) => (kb === null ? '-' : Math.round(kb / 1024));
    console.log(
      row(
        [
          round,
          other.seconds.toFixed(1),
          site.cold.seconds.toFixed(1),
          `${cold.toFixed(2)}x`,
          site.rebuild.seconds.toFixed(1),
          `${rebuild.toFixed(2)}x`,
          mb(other.peakKb),
          mb(site.cold.peakKb),
        ],
        widths,
      ),
    );
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  console.log(
    `\nMedian ratio to Starlight's cold build: cold ${median(ratios.map((r) => r.cold)).toFixed(2)}x, ` +
      `rebuild with the image cache kept ${median(ratios.map((r) => r.rebuild)).toFixed(2)}x.`,
  );
}

if (values.starlight) {
  await sideBySide(sizes[0] ?? 1000, rounds);
  process.exit(0);
}

const results: BenchResult[] = [];
for (const articles of sizes) {
  const dir = prepareCopy(articles);
  console.log(`Building a copy with ${articles} synthetic articles in ${dir} ...`);
  try {
    const result = measure(dir, articles, await build(dir));
    const again = await build(dir);
    result.rebuild = {
      seconds: Number(again.seconds.toFixed(1)),
      peakMemoryMb: again.peakKb === null ? null : Math.round(again.peakKb / 1024),
    };
    results.push(result);
    console.log(`\n${report(result)}\n`);
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
          result.buildProcessPeakMb ?? '-',
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
