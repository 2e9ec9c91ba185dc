import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';

const collections = ['sources', 'roles', 'articles', 'faqs', 'comparisons', 'guide', 'rates', 'planner'] as const;

/**
 * What src/middleware.ts finishes every page with: its code and the scripts whose words keep CSS
 * rules. Astro's own check covers a page's module graph, which the middleware is not part of.
 */
const pageFinishing = [
  'src/middleware.ts',
  'src/lib/page-css',
  'src/lib/publishing',
  'src/lib/csp',
  'src/lib/html',
  'src/lib/build-checks',
  'src/client',
];

/** Files under a path of the project, in a stable order, as paths of the project. */
function filesUnder(path: string): string[] {
  if (!statSync(join(process.cwd(), path)).isDirectory()) return [path];
  return readdirSync(join(process.cwd(), path))
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

let digest: Promise<string> | undefined;

/**
 * One digest of every content entry and of the code that finishes pages. A page shows other
 * entries besides its own (related articles, sources, the pages citing a source, the topic's other
 * answers), so a key per page could go stale; with this one, a rebuild without content changes
 * copies every page that returns it (`experimental.incrementalBuild`), and any content change
 * renders them all again. Changed page code is caught by Astro, which hashes each page's module
 * graph; the page-finishing code, which is not in it, is hashed here.
 */
export function contentDigest(): Promise<string> {
  digest ??= (async () => {
    const hash = createHash('sha256');
    for (const file of pageFinishing.flatMap(filesUnder)) {
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(process.cwd(), file)))
        .update('\0');
    }
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
