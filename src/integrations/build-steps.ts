/*
 * The steps over a finished dist/, in the order they run. `npm run build` runs them once Astro's
 * own build process has exited, so its memory is back with the system before Pagefind's process
 * starts (src/cli/build.ts); `astro build` alone runs them from the site-build integration.
 */
import { readBuiltPages } from './built-site.ts';
import { filesUnder } from './cache-files.ts';
import { checkHostLimits } from './host-limits.ts';
import { checkLinks } from './link-check.ts';
import { keepPublishedAddresses } from './published-ledger.ts';
import { indexSearch } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { drawSocialImages } from './social-images/index.ts';
import { sitePath, type StepContext } from './step-context.ts';
import { splitWordBuckets } from './word-buckets.ts';
import { allBucketsFile } from '../lib/search/bucket-files.ts';

export interface BuildStepOptions {
  /** Add the build's new addresses to the committed ledger (`npm run ledger`). */
  writeLedger: boolean;
}

export async function runBuildSteps(context: StepContext, { writeLedger }: BuildStepOptions): Promise<void> {
  // The files Astro wrote, listed once; each step returns the files it adds.
  const files = (await filesUnder(context.dist)).map(sitePath);

  // 1. Pagefind indexes in a process of its own (at once when no index is kept to reuse, otherwise
  //    once the pages' digests are in) while this one reads every page once (links, ids, redirects,
  //    policies, cards, digests). The social images are drawn from that reading, in processes of
  //    their own, while this one splits the lexicon's buckets into their files: the reading first,
  //    since the cards wait for it.
  const reading = readBuiltPages(context, files);
  const [searchFiles, bucketFiles, { pages, imageFiles }] = await Promise.all([
    indexSearch(
      context,
      reading.then((pages) => pages.digests),
    ),
    reading.then(() => splitWordBuckets(context)),
    reading.then(async (pages) => ({ pages, imageFiles: await drawSocialImages(context, pages.images) })),
  ]);
  // A set: `astro build` alone may leave an earlier build's index and images in dist/.
  const written = new Set([...files, ...searchFiles, ...bucketFiles, ...imageFiles]);
  written.delete(allBucketsFile);
  const add = (paths: string[]) => paths.forEach((path) => written.add(path));

  // 2. _headers: the pages' own policies merged, and the caching and Markdown links.
  add(await writeSecurityHeaders(context, pages.policies, [...written]));

  // 3. Checks over the finished site; every file counts as a link target.
  checkLinks(context, pages.linked, [...written]);
  add(await keepPublishedAddresses(context, pages, writeLedger));
  await checkHostLimits(context, [...written]);
}
