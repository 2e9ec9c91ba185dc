/*
 * Cold builds of the same generated articles by Starlight (its defaults) and by this site, in
 * interleaved rounds so a noisy machine slows both sides alike.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { peakReport, row } from './report.ts';
import { runBuild } from './run-build.ts';
import { scratchFolder } from './scratch-folder.ts';
import { corpusOf, prepareCopy } from './site-copy.ts';
import { clearStarlightBuild, starlightProject, starlightVersion, writeStarlightCorpus } from './starlight-project.ts';

/** Cold builds of the same articles by Starlight and by this site, alternating which goes first. */
export async function sideBySide(project: string, articles: number, count: number, keep: boolean): Promise<void> {
  const starlight = starlightProject(project);
  writeStarlightCorpus(starlight, corpusOf(articles, project));
  const astroBin = join(starlight, 'node_modules/astro/bin/astro.mjs');
  const widths = [7, 13, 11, 7, 14, 9, 13, 10];
  console.log(
    `\n${articles} generated articles, ${count} rounds; Starlight ${starlightVersion} with its defaults, this site with every feature; built in ${scratchFolder()}.\n`,
  );
  console.log(
    row(['round', 'Starlight s', 'this site s', 'ratio', 'rebuild s', 'ratio', 'Starlight MB', 'site MB'], widths),
  );
  const ratios: { cold: number; rebuild: number }[] = [];
  for (let round = 1; round <= count; round++) {
    const ours = async () => {
      const dir = prepareCopy(project, articles);
      try {
        const cold = await runBuild(dir);
        const rebuild = await runBuild(dir);
        return { cold, rebuild };
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    };
    const theirs = () => {
      clearStarlightBuild(starlight);
      return runBuild(starlight, [astroBin, 'build']);
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
    console.log(`  Starlight: ${peakReport(other.peak)}\n  this site: ${peakReport(site.cold.peak)}`);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  console.log(
    `\nMedian ratio to Starlight's cold build: cold ${median(ratios.map((r) => r.cold)).toFixed(2)}x, ` +
      `rebuild with the image cache kept ${median(ratios.map((r) => r.rebuild)).toFixed(2)}x.`,
  );
}
