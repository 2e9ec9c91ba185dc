import type { APIRoute } from 'astro';
import { markdownPath } from '../../lib/markdown/links';
import { allMarkdownPages, type LazyMarkdownPage } from '../../queries/markdown';
import { withCacheKey } from '../../queries/build-cache';

/** Every page's Markdown at its URL plus `index.html.md` (`/articles/x/index.html.md`, `/index.html.md`). */
export async function getStaticPaths() {
  const pages = await allMarkdownPages();
  return withCacheKey(
    pages.map((page) => ({
      params: { page: markdownPath(page.path).slice(1, -'/index.html.md'.length) || undefined },
      props: { page },
    })),
  );
}

export const GET: APIRoute<{ page: LazyMarkdownPage }> = async ({ props }) =>
  new Response((await props.page.page()).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
