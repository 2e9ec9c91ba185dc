/*
 * A copy of the site with generated articles beside the real content, built in a temporary folder
 * so the project itself is never written to; and the same articles for Starlight.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticArticles, type SyntheticArticle } from './synthetic-articles.ts';
import { scratchFolder } from './scratch-folder.ts';

// The ledger too, so its check runs as in a real build (the synthetic pages only add warnings).
const copied = ['src', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json', 'published-addresses.txt'];

/** The ids of the cited sources a copy of the site has. */
function sourceIds(dir: string): string[] {
  return readdirSync(join(dir, 'src/content/sources')).map((name) => name.replace(/\.json$/, ''));
}

/** The generated articles for a size: the same for this site and for Starlight. */
export function corpusOf(articles: number, dir: string): SyntheticArticle[] {
  const roles = (JSON.parse(readFileSync(join(dir, 'src/content/roles.json'), 'utf8')) as { id: string }[]).map(
    (role) => role.id,
  );
  return syntheticArticles(articles, { roles, links: ['/compare/', '/faq/', '/guide/'], sources: sourceIds(dir) });
}

/** The site's files, the synthetic articles, and node_modules as links to the project's packages. */
export function prepareCopy(project: string, articles: number): string {
  const dir = mkdtempSync(join(scratchFolder(), `pm-vs-obm-bench-${articles}-`));
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
