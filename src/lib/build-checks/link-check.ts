import { detached, startTags, type StartTag } from '../html/start-tags.ts';

/** One built page, as the link checker sees it. */
export interface LinkedPage {
  /** URL path of the page without the base, e.g. `/articles/glossary/`. */
  path: string;
  /** Every `href`/`src` the page points at, as written. */
  links: string[];
  /** Every element id on the page. */
  ids: Set<string>;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing page' | 'missing anchor';
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Internal links that lead nowhere: to a path that is neither a page nor a file of the build, or to
 * an anchor the target page does not have. `base` is the deploy base the hrefs carry.
 */
export function findBrokenLinks(pages: LinkedPage[], files: Set<string>, base = '/'): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (external.test(href)) continue;
      const url = new URL(href, `http://site${prefix}${page.path}`);
      if (!url.pathname.startsWith(`${prefix}/`)) {
        broken.push({ page: page.path, href, reason: 'missing page' });
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(prefix.length));
      const target = byPath.get(path);
      if (!target && !files.has(path)) {
        broken.push({ page: page.path, href, reason: 'missing page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !target.ids.has(anchor)) broken.push({ page: page.path, href, reason: 'missing anchor' });
    }
  }
  return broken;
}

/**
 * Where an author fixes a page's content: its source file (`.md` or `.mdx`, whichever `exists`),
 * for pages that come from one.
 */
export function sourceOf(path: string, exists: (file: string) => boolean): string | undefined {
  const match = /^\/(articles|faq|compare)\/([^/]+)\/$/.exec(path);
  if (!match) return undefined;
  const folder = { articles: 'articles', faq: 'faqs', compare: 'comparisons' }[match[1] as 'articles'];
  const stem = `src/content/${folder}/${match[2]}`;
  return [`${stem}.md`, `${stem}.mdx`].find(exists);
}

/** The URL path of a built file: `articles/x/index.html` -> `/articles/x/`. */
export function pagePath(file: string): string {
  return `/${file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Which attributes of which elements point at something the build must contain. */
const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['srcset'],
};

/** The URLs of a `srcset`, without their width or density descriptors. */
const srcsetUrls = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');

/** The links and ids of a built page. */
export const readLinkedPage = (path: string, html: string): LinkedPage => linkedPageOf(path, startTags(html));

/** The links and ids of a built page, from its start tags (read once for several build steps). */
export function linkedPageOf(path: string, tags: Iterable<StartTag>): LinkedPage {
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id) ids.add(detached(id));
    for (const name of linkAttributes[tag.name] ?? []) {
      const value = tag.attributes.get(name);
      if (value) links.push(...(name === 'srcset' ? srcsetUrls(value) : [value]).filter(Boolean).map(detached));
    }
  }
  return { path, links, ids };
}
