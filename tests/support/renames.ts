import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteCopy } from './site-copy';

/** One renamed comparison row, article and FAQ, as an author tidying the content would rename them. */
export const renames = {
  comparison: 'project-manager-vs-online-business-manager',
  row: { from: 'typical-projects', to: 'typical-work' },
  article: { from: 'running-a-launch-with-a-project-manager', to: 'launching-with-a-project-manager' },
  faq: { from: 'are-pms-and-obms-employees-or-contractors', to: 'employee-or-contractor' },
};

function rewriteContent(dir: string, edit: (source: string) => string): void {
  const root = join(dir, 'src/content');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(mdx?|json)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const source = readFileSync(file, 'utf8');
    const edited = edit(source);
    if (edited !== source) writeFileSync(file, edited);
  }
}

/**
 * Renames the row, the article and the FAQ in a copy of the site, updating every reference inside
 * the site. With `declare`, the old ids go into `aliases` / `movedFrom`, as the README asks.
 */
export function renameInCopy(copy: SiteCopy, declare: boolean): void {
  const { row, article, faq } = renames;
  const content = join(copy.dir, 'src/content');
  renameSync(join(content, `articles/${article.from}.md`), join(content, `articles/${article.to}.md`));
  renameSync(join(content, `faqs/${faq.from}.md`), join(content, `faqs/${faq.to}.md`));
  rewriteContent(copy.dir, (source) => source.replaceAll(article.from, article.to).replaceAll(faq.from, faq.to));
  copy.change(`src/content/comparisons/${renames.comparison}.mdx`, (source) =>
    source.replace(`  - id: ${row.from}\n`, `  - id: ${row.to}\n${declare ? `    aliases: [${row.from}]\n` : ''}`),
  );
  if (!declare) return;
  const addMovedFrom = (source: string, old: string) => source.replace(/^---\n/, `---\nmovedFrom: [${old}]\n`);
  copy.change(`src/content/articles/${article.to}.md`, (source) => addMovedFrom(source, article.from));
  copy.change(`src/content/faqs/${faq.to}.md`, (source) => addMovedFrom(source, faq.from));
}
