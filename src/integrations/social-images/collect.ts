/*
 * Which images to draw, read from the built pages: each page's og:image names the file, its
 * og:title and `social-image:*` tags say what the card shows.
 */
import { detached, type StartTag } from '../../lib/html/start-tags.ts';
import { readSocialCard, sameCard, type MetaTag, type SocialCard } from '../../lib/social-cards/social-image-spec.ts';

export interface PlannedImage {
  /** Path of the PNG inside the build output, e.g. `og/faq.png`. */
  file: string;
  card: SocialCard;
  /** The pages that share it. */
  pages: string[];
}

/** Files under this folder are drawn by the build; other og:image paths are left alone. */
export const imageFolder = 'og/';

/** The og:image, og:title and card tags among a page's start tags (the first of each property wins). */
function readHead(tags: Iterable<StartTag>): { image?: string | undefined; title: string; tags: MetaTag[] } {
  const properties = new Map<string, string>();
  const cardTags: MetaTag[] = [];
  for (const { name, attributes } of tags) {
    if (name !== 'meta') continue;
    const content = attributes.get('content') ?? '';
    const property = attributes.get('property');
    if (property && !properties.has(property)) properties.set(property, content);
    const tagName = attributes.get('name') ?? '';
    if (!tagName.startsWith('social-image:')) continue;
    const value = attributes.get('data-value');
    cardTags.push({ name: tagName, content, ...(value ? { 'data-value': value } : {}) });
  }
  return { image: properties.get('og:image'), title: properties.get('og:title') ?? '', tags: cardTags };
}

/** The image file of an og:image URL under the site's base, or undefined if the build does not draw it. */
function imageFile(url: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const { pathname } = new URL(url, 'https://site.invalid');
  if (!pathname.startsWith(prefix)) return undefined;
  const file = decodeURIComponent(pathname.slice(prefix.length));
  return file.startsWith(imageFolder) && file.endsWith('.png') ? file : undefined;
}

/** The image a page declares: its file and card, or undefined when the build does not draw it. */
export interface DeclaredImage {
  /** The page's file, e.g. `faq/index.html`. */
  page: string;
  file: string;
  card: SocialCard;
}

/** A page's image without the page: what a reading of the page keeps (`src/integrations/built-site.ts`). */
export type PageImage = Omit<DeclaredImage, 'page'>;

/** What a page asks to be drawn, from its start tags; undefined when the build does not draw it. */
export function pageImage(tags: Iterable<StartTag>, base: string): PageImage | undefined {
  const head = readHead(tags);
  const file = head.image && imageFile(head.image, base);
  if (!file) return undefined;
  const card = readSocialCard(head.tags, head.title);
  return {
    file: detached(file),
    card: {
      title: detached(card.title),
      label: detached(card.label),
      roles: card.roles.map((role) => ({
        ...role,
        name: detached(role.name),
        ...(role.value ? { value: detached(role.value) } : {}),
      })),
    },
  };
}

/** The declared images merged by file, failing when two pages declare different cards for one file. */
export function planImages(declared: DeclaredImage[]): PlannedImage[] {
  const planned = new Map<string, PlannedImage>();
  const add = (file: string, card: SocialCard, page: string) => {
    const known = planned.get(file);
    if (!known) {
      planned.set(file, { file, card, pages: [page] });
      return;
    }
    if (!sameCard(known.card, card)) {
      throw new Error(
        `social images: ${page} and ${known.pages[0]} use ${file} but declare different cards ` +
          `(${JSON.stringify(card)} vs ${JSON.stringify(known.card)}); give one of them its own image key`,
      );
    }
    known.pages.push(page);
  };
  for (const { page, file, card } of declared) add(file, card, page);
  return [...planned.values()];
}
