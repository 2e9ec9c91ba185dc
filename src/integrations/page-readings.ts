import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeWhole } from './cache-files.ts';
import type { PageImage } from './social-images/collect.ts';

/** What the link check, the ledger and the social images read from one page, whatever its path. */
export interface PageReading {
  links: string[];
  ids: string[];
  redirectTo?: string;
  gone: boolean;
  sharedAnchors: string[];
  /** The social image the page declares, when the build draws it. */
  image?: PageImage;
  /** The page's own Content-Security-Policy, as its meta states it. */
  policy?: string;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isImage(value: unknown): value is PageImage {
  const image = value as Partial<PageImage> | null;
  const card = image?.card;
  return (
    typeof image?.file === 'string' &&
    typeof card?.title === 'string' &&
    typeof card.label === 'string' &&
    Array.isArray(card.roles) &&
    card.roles.every(
      (role: unknown) =>
        typeof (role as { name?: unknown }).name === 'string' &&
        ['string', 'undefined'].includes(typeof (role as { value?: unknown }).value),
    )
  );
}

function isReading(value: unknown): value is PageReading {
  const reading = value as Partial<PageReading> | null;
  return (
    typeof reading === 'object' &&
    reading !== null &&
    isStringList(reading.links) &&
    isStringList(reading.ids) &&
    isStringList(reading.sharedAnchors) &&
    typeof reading.gone === 'boolean' &&
    (reading.redirectTo === undefined || typeof reading.redirectTo === 'string') &&
    (reading.image === undefined || isImage(reading.image)) &&
    (reading.policy === undefined || typeof reading.policy === 'string')
  );
}

/**
 * The code that turns a page into a reading, and the base: a reading made by other code, or for
 * another base, is never reused.
 */
export function readerVersion(base: string): string {
  const hash = createHash('sha256').update(base);
  for (const file of [
    '../lib/html/start-tags.ts',
    '../lib/build-checks/link-check.ts',
    '../lib/ledger/built-page.ts',
    '../lib/social-cards/social-image-spec.ts',
    './social-images/collect.ts',
    './built-site.ts',
  ]) {
    hash.update(readFileSync(new URL(file, import.meta.url)));
  }
  return hash.digest('hex');
}

export interface PageReadings {
  /** The reading of a page with these bytes (by their digest), from the last build. */
  get(digest: string): PageReading | undefined;
  set(digest: string, reading: PageReading): void;
  /** Keeps this build's readings, and only those, for the next build. */
  save(): Promise<void>;
}

/**
 * Readings of the last build's pages, by the digest of each page's bytes: a rebuild whose pages
 * are unchanged reads each file but tokenizes none. A damaged file (not JSON, or not readings) is
 * set aside with a warning and every page read again.
 */
export async function pageReadings(
  file: string,
  version: string,
  onDamaged: (file: string) => void = () => {},
): Promise<PageReadings> {
  let known = new Map<string, unknown>();
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; pages?: unknown };
    if (stored.version === version && typeof stored.pages === 'object' && stored.pages !== null) {
      known = new Map(Object.entries(stored.pages));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onDamaged(file);
  }
  const used = new Map<string, PageReading>();
  return {
    get(digest) {
      const reading = known.get(digest);
      if (reading === undefined) return undefined;
      if (!isReading(reading)) {
        onDamaged(file);
        known = new Map();
        return undefined;
      }
      used.set(digest, reading);
      return reading;
    },
    set(digest, reading) {
      used.set(digest, reading);
    },
    async save() {
      await writeWhole(file, JSON.stringify({ version, pages: Object.fromEntries(used) }));
    },
  };
}
