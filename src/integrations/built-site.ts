import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detached, startTags, type StartTag } from '../lib/html/start-tags.ts';
import { linkedPageOf, pagePath, type LinkedPage } from '../lib/build-checks/link-check.ts';
import { ledgerPageOf, sitemapPaths, type LedgerPage } from '../lib/ledger/built-page.ts';
import { pageDigest, type IndexedPage } from '../lib/search/index-key.ts';
import { filesUnder } from './cache-files.ts';
import { mapLimited } from './map-limited.ts';
import { pageReadings, readerVersion, type PageReading, type PageReadings } from './page-readings.ts';
import { pageImage, type DeclaredImage } from './social-images/collect.ts';
import type { StepContext } from './step-context.ts';

/** The pages of a finished build as the later steps read them. */
export interface BuiltPages {
  /** Each HTML page's links and ids, for the link check. */
  linked: LinkedPage[];
  /** Each HTML page's redirect target, gone marker and ids, for the ledger. */
  ledger: LedgerPage[];
  /** The paths the sitemap lists, without the base. */
  sitemap: string[];
  /** The social image each page declares, for the pages whose image the build draws. */
  images: DeclaredImage[];
  /** Each page's own Content-Security-Policy (its meta), for the headers; embeds apart. */
  policies: { site: string[]; embed: string[] };
  /** Each HTML page's file and the digest of its bytes, for the search index's cache key. */
  digests: IndexedPage[];
}

/** Pages read at once: enough to keep the disk busy, few enough that the pages' text never piles up. */
const pagesInFlight = 16;

/** The policy a page's CSP meta states, apart from the page's text (see `detached`). */
function metaPolicy(tags: StartTag[]): string | undefined {
  const meta = tags.find(
    (tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = meta?.attributes.get('content');
  return policy === undefined ? undefined : detached(policy);
}

/** What the later steps need of one page's HTML. */
function readingOf(path: string, html: string, base: string): PageReading {
  const tags = [...startTags(html)];
  const linked = linkedPageOf(path, tags);
  const ledger = ledgerPageOf(path, tags, base);
  const image = pageImage(tags, base);
  const policy = metaPolicy(tags);
  return {
    links: linked.links,
    ids: [...linked.ids],
    gone: ledger.gone,
    sharedAnchors: ledger.sharedAnchors,
    ...(ledger.redirectTo === undefined ? {} : { redirectTo: ledger.redirectTo }),
    ...(image ? { image } : {}),
    ...(policy ? { policy } : {}),
  };
}

/**
 * Reads the HTML pages and sitemaps among `files` (paths under `root`) once: each page is
 * tokenized a single time for the link check, the ledger, the headers and the social images, and
 * only what they keep outlives the read. Each step used to read every page itself (sizes in
 * docs/decisions/2026-12-one-reading-of-the-built-pages.md). Given the last build's readings, a
 * page whose bytes are unchanged is not tokenized again.
 */
export async function readPages(
  root: string,
  files: string[],
  base: string,
  readings?: PageReadings,
): Promise<BuiltPages> {
  const pages = await mapLimited(
    files.filter((file) => file.endsWith('.html')),
    pagesInFlight,
    async (file) => {
      const path = pagePath(file);
      const bytes = await readFile(join(root, file));
      const digest = pageDigest(bytes);
      let reading = readings?.get(digest);
      if (!reading) {
        reading = readingOf(path, bytes.toString('utf8'), base);
        readings?.set(digest, reading);
      }
      const ids = new Set(reading.ids);
      const linked: LinkedPage = { path, links: reading.links, ids };
      const ledger: LedgerPage = { path, ids, gone: reading.gone, sharedAnchors: reading.sharedAnchors };
      if (reading.redirectTo !== undefined) ledger.redirectTo = reading.redirectTo;
      return {
        file,
        digest,
        linked,
        ledger,
        image: reading.image && { page: file, ...reading.image },
        policy: reading.policy,
      };
    },
  );
  const sitemapFiles = files.filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const sitemap = (await Promise.all(sitemapFiles.map((file) => readFile(join(root, file), 'utf8')))).flatMap((xml) =>
    sitemapPaths(xml, base),
  );
  const policies = { site: [] as string[], embed: [] as string[] };
  for (const page of pages) {
    if (page.policy)
      policies[page.file.replaceAll('\\', '/').startsWith('embed/') ? 'embed' : 'site'].push(page.policy);
  }
  return {
    linked: pages.map((page) => page.linked),
    ledger: pages.map((page) => page.ledger),
    sitemap,
    images: pages.flatMap((page) => page.image ?? []),
    policies,
    digests: pages.map((page) => ({ path: page.file, digest: page.digest })),
  };
}

/** Every file of a finished dist/, and its pages as the steps read them. */
export async function readBuiltSite(
  root: string,
  base: string,
  readings?: PageReadings,
): Promise<BuiltPages & { files: string[] }> {
  const files = await filesUnder(root);
  return { files, ...(await readPages(root, files, base, readings)) };
}

/**
 * The build step: reads the pages among `files` with the readings of the last build, kept in
 * node_modules/.cache/built-pages.json, and keeps this build's there.
 */
export async function readBuiltPages({ root, dist, base, logger }: StepContext, files: string[]): Promise<BuiltPages> {
  const cacheFile = join(root, 'node_modules/.cache/built-pages.json');
  const readings = await pageReadings(cacheFile, readerVersion(base), (file) =>
    logger.warn(`built pages: ${file} is damaged; reading every page again`),
  );
  const pages = await readPages(dist, files, base, readings);
  // The checks stand without it; a cache that cannot be written only costs the next build.
  await readings.save().catch((error: unknown) => {
    logger.warn(`built pages: readings not kept (${error instanceof Error ? error.message : String(error)})`);
  });
  return pages;
}
