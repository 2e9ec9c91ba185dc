import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { startTags } from '../lib/build-checks/html-tags';
import { linkedPageOf, pagePath, type LinkedPage } from '../lib/build-checks/link-check';
import { ledgerPageOf, sitemapPaths, type LedgerPage } from '../lib/ledger/built-page';
import { pageDigest } from '../lib/search/index-key';
import { mapLimited } from './map-limited';
import { pageReadings, readerVersion, type PageReading, type PageReadings } from './page-readings';
import { pageImage, type DeclaredImage } from './social-images/collect';

/** A finished build as the link check, the ledger and the social images read it. */
export interface BuiltSite {
  /** Every file, relative to dist/ (`articles/x/index.html`). */
  files: string[];
  /** Each HTML page's links and ids, for the link check. */
  linked: LinkedPage[];
  /** Each HTML page's redirect target, gone marker and ids, for the ledger. */
  ledger: LedgerPage[];
  /** The paths the sitemap lists, without the base. */
  sitemap: string[];
  /** The social image each page declares, for the pages whose image the build draws. */
  images: DeclaredImage[];
}

/** Pages read at once: enough to keep the disk busy, few enough that the pages' text never piles up. */
const pagesInFlight = 16;

/** What the link check, the ledger and the social images need of one page's HTML. */
function readingOf(path: string, html: string, base: string): PageReading {
  const tags = [...startTags(html)];
  const linked = linkedPageOf(path, tags);
  const ledger = ledgerPageOf(path, tags, base);
  const image = pageImage(tags, base);
  return {
    links: linked.links,
    ids: [...linked.ids],
    gone: ledger.gone,
    sharedAnchors: ledger.sharedAnchors,
    ...(ledger.redirectTo === undefined ? {} : { redirectTo: ledger.redirectTo }),
    ...(image ? { image } : {}),
  };
}

/** The pages of a finished build as the checks read them; `BuiltSite` without the file list. */
type BuiltPages = Omit<BuiltSite, 'files'>;

/** Every file under `root`, relative to it. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

/**
 * Reads the HTML pages and sitemaps among `files` once: each page is tokenized a single time for the
 * link check, the ledger and the social images, and only what they keep (links, ids, redirects,
 * cards) outlives the read.
 * Each step used to read every page at once, holding the whole site's HTML per step (sizes in
 * docs/decisions/2026-12-one-reading-of-the-built-pages.md). Given the last build's readings, a page
 * whose bytes are unchanged is not tokenized again.
 */
async function readBuiltPages(
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
      const digest = readings && pageDigest(bytes);
      let reading = digest === undefined ? undefined : readings?.get(digest);
      if (!reading) {
        reading = readingOf(path, bytes.toString('utf8'), base);
        if (digest !== undefined) readings?.set(digest, reading);
      }
      const ids = new Set(reading.ids);
      const linked: LinkedPage = { path, links: reading.links, ids };
      const ledger: LedgerPage = { path, ids, gone: reading.gone, sharedAnchors: reading.sharedAnchors };
      if (reading.redirectTo !== undefined) ledger.redirectTo = reading.redirectTo;
      return { linked, ledger, image: reading.image && { page: file, ...reading.image } };
    },
  );
  const sitemapFiles = files.filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const sitemap = (await Promise.all(sitemapFiles.map((file) => readFile(join(root, file), 'utf8')))).flatMap((xml) =>
    sitemapPaths(xml, base),
  );
  return {
    linked: pages.map((page) => page.linked),
    ledger: pages.map((page) => page.ledger),
    sitemap,
    images: pages.flatMap((page) => page.image ?? []),
  };
}

/** Reads a finished dist/: its files, and its pages as the link check and the ledger need them. */
export async function readBuiltSite(root: string, base: string, readings?: PageReadings): Promise<BuiltSite> {
  const files = await listFiles(root);
  return { files, ...(await readBuiltPages(root, files, base, readings)) };
}

/** Reads the pages with the readings kept in `cacheFile`, and keeps this build's there. */
async function readWithCache(root: string, base: string, cacheFile: string, logger?: AstroIntegrationLogger) {
  const readings = await pageReadings(cacheFile, readerVersion(base), (file) =>
    logger?.warn(`built pages: ${file} is damaged; reading every page again`),
  );
  const pages = await readBuiltPages(root, await listFiles(root), base, readings);
  // The checks stand without it; a cache that cannot be written only costs the next build.
  await readings.save().catch((error: unknown) => {
    logger?.warn(`built pages: readings not kept (${error instanceof Error ? error.message : String(error)})`);
  });
  return pages;
}

/**
 * One reading of dist/'s pages shared by the build steps given it. `start` begins it as soon as
 * the pages are written (they do not change after), so it runs beside the search indexing, which
 * has a process of its own; `read` waits for it and lists the files at that moment, so the files
 * of later steps count as link targets. With a `cacheFile`, pages unchanged since the last build
 * are not tokenized again.
 */
export function sharedBuiltSite(base: string, cacheFile?: URL) {
  let reading: { dir: string; pages: Promise<BuiltPages> } | undefined;
  const start = (dir: URL, logger?: AstroIntegrationLogger): Promise<BuiltPages> => {
    const root = fileURLToPath(dir);
    if (reading?.dir !== root) {
      const pages = cacheFile
        ? readWithCache(root, base, fileURLToPath(cacheFile), logger)
        : listFiles(root).then((files) => readBuiltPages(root, files, base));
      // Its failure is reported by the step that reads it, not as an unhandled rejection meanwhile.
      pages.catch(() => {});
      reading = { dir: root, pages };
    }
    return reading.pages;
  };
  return {
    /** Begins reading the pages of a finished build in `dir`, if not begun. */
    start(dir: URL, logger?: AstroIntegrationLogger): void {
      void start(dir, logger);
    },
    async read(dir: URL, logger?: AstroIntegrationLogger): Promise<BuiltSite> {
      const pages = await start(dir, logger);
      return { files: await listFiles(fileURLToPath(dir)), ...pages };
    },
    /** A new build starts: forget the last one. */
    forget(): void {
      reading = undefined;
    },
  };
}

export type SharedBuiltSite = ReturnType<typeof sharedBuiltSite>;

/**
 * Starts the shared reading of the pages once they are written: placed after the steps that write
 * HTML (Astro, the sitemap), it overlaps the social images' last cards and the search indexing.
 */
export function builtPagesReading(builtSite: SharedBuiltSite): AstroIntegration {
  return {
    name: 'built-pages-reading',
    hooks: {
      'astro:build:start': () => builtSite.forget(),
      'astro:build:done': ({ dir, logger }) => builtSite.start(dir, logger),
    },
  };
}
