import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';

const collections = ['sources', 'roles', 'articles', 'faqs', 'comparisons', 'guide'] as const;

let digest: Promise<string> | undefined;

/**
 * One digest of every content entry. A page shows other entries besides its own (related articles,
 * sources, the pages citing a source, the topic's other answers), so a key per page could go stale;
 * with this one, a rebuild without content changes copies every page that returns it
 * (`experimental.incrementalBuild`), and any content change renders them all again. Changed code
 * is caught by Astro, which also hashes each page's module graph.
 */
export function contentDigest(): Promise<string> {
  digest ??= (async () => {
    const hash = createHash('sha256');
    for (const name of collections) {
      for (const entry of await getCollection(name)) {
        hash.update(`${name}/${entry.id}\0${entry.digest ?? JSON.stringify(entry.data)}\0`);
      }
    }
    return hash.digest('base64url');
  })();
  return digest;
}

/** The paths of a route, each with the content digest as its `cacheKey`. */
export async function withCacheKey<Path extends object>(paths: Path[]): Promise<(Path & { cacheKey: string })[]> {
  const cacheKey = await contentDigest();
  return paths.map((path) => ({ ...path, cacheKey }));
}
