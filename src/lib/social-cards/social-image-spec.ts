/**
 * What a social image shows. A page declares its card in `<meta name="social-image:*">` tags next to
 * og:image, and the build draws the PNG from the built HTML, so the page stays the one source of
 * truth for both its links and its picture.
 */

export interface CardRole {
  /** Full role name, e.g. "Project Manager". */
  name: string;
  /** That role's side of one comparison row; a card with values pictures the row. */
  value?: string | undefined;
}

export interface SocialCard {
  title: string;
  /** Small line above the title: what kind of page this is. */
  label: string;
  roles: CardRole[];
}

export interface SocialImage {
  /** Site-absolute path of a 1200x630 PNG (`paths.socialImage(key)`). */
  path: string;
  alt: string;
  /** What the card shows; its title defaults to the page title. */
  card?: Partial<SocialCard> | undefined;
}

export interface MetaTag {
  name: string;
  content: string;
  /** Only on role tags of a row card. */
  'data-value'?: string;
}

const prefix = 'social-image:';

/** The head tags that declare a card; a title equal to og:title is left to og:title. */
export function socialCardMeta(card: Partial<SocialCard>, pageTitle: string): MetaTag[] {
  const tags: MetaTag[] = [];
  if (card.title && card.title !== pageTitle) tags.push({ name: `${prefix}title`, content: card.title });
  if (card.label) tags.push({ name: `${prefix}label`, content: card.label });
  for (const role of card.roles ?? []) {
    tags.push({ name: `${prefix}role`, content: role.name, ...(role.value ? { 'data-value': role.value } : {}) });
  }
  return tags;
}

/** Reads a card back from a page's head tags (any order), given its og:title. */
export function readSocialCard(tags: MetaTag[], ogTitle: string): SocialCard {
  const first = (name: string) => tags.find((tag) => tag.name === `${prefix}${name}`)?.content;
  return {
    title: first('title') ?? ogTitle,
    label: first('label') ?? '',
    roles: tags
      .filter((tag) => tag.name === `${prefix}role`)
      .map((tag) => (tag['data-value'] ? { name: tag.content, value: tag['data-value'] } : { name: tag.content })),
  };
}

/** The cards of pages that share one image must agree, or the picture would depend on build order. */
export function sameCard(a: SocialCard, b: SocialCard): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const pmAndObm: CardRole[] = [{ name: 'Project Manager' }, { name: 'Online Business Manager' }];

/** The default image of every page without its own. */
export const siteCard: SocialCard = {
  title: 'Project manager or online business manager?',
  label: 'Plain answers for online business owners',
  roles: pmAndObm,
};

/** Shared by the FAQ page and every single answer's page. */
export const faqCard: SocialCard = {
  title: 'Frequently asked questions',
  label: 'FAQ',
  roles: [...pmAndObm, { name: 'Virtual Assistant' }],
};

/**
 * Shared by every article and the article list. An article's own title and description travel in
 * og:title and og:description; one card per article would be a large share of a big site's files
 * (Cloudflare Pages deploys 20,000) and most of a cold build's drawing
 * (docs/decisions/2026-12-one-card-for-articles.md). Comparisons, rows and guide
 * results keep a card each: that is where the picture is the answer.
 */
export const articleCard: SocialCard = {
  title: 'Articles on the two roles and how to choose',
  label: 'Articles',
  roles: pmAndObm,
};
export const articleImageAlt = 'PM or OBM? Articles on the two roles and how to choose';

/** The decision guide's card. */
export const guideCard: SocialCard = { title: 'Which one do I need?', label: 'Decision guide', roles: pmAndObm };
