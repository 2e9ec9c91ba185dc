/*
 * A scratch Starlight project for `npm run bench -- --starlight`: the same generated articles built
 * by Starlight with its defaults, for a side-by-side cold build. Its packages are installed on
 * demand, once, into a folder under the scratch folder (scratch-folder.ts) named after the pinned
 * versions, so later runs reuse it. The project itself is never written to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticArticle } from './synthetic-articles.ts';
import { scratchFolder } from './scratch-folder.ts';

/** The Starlight release compared against; Astro is pinned to the version this site builds with. */
export const starlightVersion = '0.42.4';

const astroVersion = (project: string) =>
  (JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** The scratch project's folder, with its packages installed (a minute or so the first time). */
export function starlightProject(project: string): string {
  const astro = astroVersion(project);
  const dir = join(scratchFolder(), `pm-vs-obm-starlight-${starlightVersion}-astro-${astro}`);
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'starlight-bench',
        private: true,
        type: 'module',
        dependencies: { astro: astro, '@astrojs/starlight': starlightVersion, sharp: '^0.34.0' },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      '// Starlight as it comes: its defaults, a title and nothing else.',
      "export default defineConfig({ integrations: [starlight({ title: 'Benchmark' })] });",
      '',
    ].join('\n'),
  );
  console.log(`Installing Starlight ${starlightVersion} with Astro ${astro} into ${dir} ...`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/** Replaces the scratch project's docs with `articles`, each as Starlight expects its pages. */
export function writeStarlightCorpus(dir: string, articles: SyntheticArticle[]): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs/articles');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/content/docs/index.mdx'),
    '---\ntitle: Benchmark\ndescription: The generated articles, built by Starlight.\n---\n\nThe generated articles.\n',
  );
  for (const article of articles) {
    // Starlight's frontmatter is a title and a description; the body is the same Markdown.
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article.source) ?? [];
    const kept = frontmatter
      .split('\n')
      .filter((line) => line.startsWith('title:') || line.startsWith('description:'))
      .join('\n');
    writeFileSync(join(docs, `${article.id}.md`), `---\n${kept}\n---\n${body}`);
  }
}

/** Removes what a build leaves, so the next one starts cold. */
export function clearStarlightBuild(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}
