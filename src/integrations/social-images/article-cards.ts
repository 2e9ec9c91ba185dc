/*
 * Article cards guessed from the content files before Astro renders anything, so drawing can use the
 * core the bundler leaves idle. Only a guess: images are still planned from the built pages, so a
 * wrong guess costs a wasted drawing, never a wrong image; tests/build/social.test.ts checks the
 * guess against the built pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { articleCard, type SocialCard } from '../../lib/social-image-spec';

interface Frontmatter {
  title?: unknown;
  roles?: unknown;
  draft?: unknown;
}

export async function guessArticleCards(root: URL): Promise<SocialCard[]> {
  const folder = new URL('src/content/articles/', root);
  const roles = JSON.parse(await readFile(new URL('src/content/roles.json', root), 'utf8')) as {
    id: string;
    name: string;
  }[];
  const nameOf = new Map(roles.map((role) => [role.id, role.name]));
  const cards: SocialCard[] = [];
  for (const file of await readdir(folder, { recursive: true })) {
    if (!file.endsWith('.mdx')) continue;
    const source = await readFile(new URL(file, folder), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    try {
      const data = (frontmatter ? parse(frontmatter) : undefined) as Frontmatter | undefined;
      if (!data || data.draft === true || typeof data.title !== 'string' || !Array.isArray(data.roles)) continue;
      cards.push(
        articleCard(
          data.title,
          data.roles.flatMap((id) => nameOf.get(String(id)) ?? []),
        ),
      );
    } catch {
      // Frontmatter that does not parse fails the build itself, with the file and field named.
    }
  }
  return cards;
}
