/*
 * `npm run bench:search`: how long a reader waits for search results, where readers are: a phone
 * (Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower),
 * a cold cache, the site served with gzip as hosts serve it (bench/search-run.ts). Prints the
 * median and maximum of the runs, and the bytes the first search fetched besides the page.
 *
 *   npm run bench:search                                  this site's dist/
 *   npm run bench:search -- --articles 1000 --starlight   a copy with 1,000 generated articles, and
 *                                                         Starlight built from the same articles
 *   --runs N (3), --profile desktop, --dist <dir>, --starlight-dist <dir>, --keep, --query <q>..., --requests (list the files the first run fetched)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './bench/run-build.ts';
import { coldSearch, type Profile, type SearchSample, type SearchUi } from './bench/search-run.ts';
import { corpusOf, prepareCopy } from './bench/site-copy.ts';
import { clearStarlightBuild, starlightProject, writeStarlightCorpus } from './bench/starlight-project.ts';
import { launchChrome } from './support/chrome.ts';
import { serveStatic } from './support/static-server.ts';

const project = process.cwd();
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    articles: { type: 'string' },
    starlight: { type: 'boolean', default: false },
    'starlight-dist': { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string', default: 'phone' },
    query: { type: 'string', multiple: true },
    requests: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const articles = values.articles === undefined ? undefined : Number(values.articles);
const profile = values.profile as Profile;
if (
  !Number.isInteger(runs) ||
  runs < 1 ||
  (articles !== undefined && !(Number.isInteger(articles) && articles > 0)) ||
  !['phone', 'desktop'].includes(profile)
) {
  console.error(
    'Usage: npm run bench:search -- [--articles N [--keep]] [--starlight | --starlight-dist <dir>] [--dist <dir>] [--runs N] [--profile phone|desktop] [--query <q>]... [--requests]',
  );
  process.exit(2);
}
// A common word and a rarer one on a generated corpus; on the real site, a question too.
const queries = values.query ?? (articles ? ['manager', 'invoice'] : ['manager', 'invoice', 'can i afford an obm']);

const targets: { name: string; ui: SearchUi; dist: string }[] = [];
const cleanup: string[] = [];
if (articles) {
  console.log(`Building this site with ${articles} generated articles ...`);
  const copy = prepareCopy(project, articles);
  await runBuild(copy);
  targets.push({ name: 'this site', ui: 'site', dist: join(copy, 'dist') });
  if (!values.keep) cleanup.push(copy);
  else console.log(`Kept in ${copy}`);
} else {
  targets.push({ name: 'this site', ui: 'site', dist: values.dist ?? join(project, 'dist') });
}
if (values['starlight-dist']) {
  targets.push({ name: 'Starlight', ui: 'starlight', dist: values['starlight-dist'] });
} else if (values.starlight) {
  const starlight = starlightProject(project);
  writeStarlightCorpus(starlight, corpusOf(articles ?? 1000, project));
  clearStarlightBuild(starlight);
  console.log(`Building Starlight with the same ${articles ?? 1000} articles ...`);
  await runBuild(starlight, [join(starlight, 'node_modules/astro/bin/astro.mjs'), 'build']);
  targets.push({ name: 'Starlight', ui: 'starlight', dist: join(starlight, 'dist') });
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const browser = await launchChrome();
const rows: Record<string, Record<string, number | string>> = {};
try {
  const served = await Promise.all(
    targets.map((target) => serveStatic({ root: target.dist, gzip: true, headers: true })),
  );
  for (const query of queries) {
    const medians: number[] = [];
    for (const [index, target] of targets.entries()) {
      const samples: SearchSample[] = [];
      // Interleaved with the other targets' runs would be fairer still; one target at a time keeps
      // each server's gzip cache warm, as a host's is.
      for (let run = 0; run < runs; run++)
        samples.push(await coldSearch(browser, served[index]!.url, target.ui, query, profile));
      if (values.requests) {
        console.log(
          `\n${target.name}: ${query}, files fetched in the first run (bytes on the wire; from and to, ms after the last key)`,
        );
        for (const { path, bytes, start, end } of samples[0]?.fetched ?? [])
          console.log(
            `  ${String(bytes).padStart(7)}  ${String(start ?? '').padStart(6)} -> ${String(end ?? '').padStart(6)} ms  ${path}`,
          );
      }
      const ms = samples.map((sample) => sample.ms);
      medians.push(median(ms));
      rows[`${target.name}: ${query}`] = {
        'median ms': Math.round(median(ms)),
        'max ms': Math.round(Math.max(...ms)),
        'Pagefind KB': kb(median(samples.map((s) => s.pagefindBytes))),
        'other KB': kb(median(samples.map((s) => s.otherBytes))),
      };
    }
    if (medians.length === 2)
      rows[`${targets[0]!.name}: ${query}`]!.ratio = `${(medians[0]! / medians[1]!).toFixed(2)}x`;
  }
  for (const { server } of served) server.close();
} finally {
  await browser.close();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nSearch, last key to first result: ${runs} cold runs each, ${profile === 'phone' ? 'phone profile (150 ms, 1.6 Mbps, CPU 4x)' : 'no throttling'}` +
    `${articles ? `, ${articles} generated articles` : ''}`,
);
console.table(rows);
console.log(JSON.stringify(rows));
