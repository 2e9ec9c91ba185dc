import type { APIRoute } from 'astro';
import { llmsFullTxt, llmsTxt } from '../lib/markdown/llms-txt';
import { link } from '../lib/markdown/nodes';
import { markdownPath } from '../lib/markdown/links';
import { site } from '../lib/content/site';
import { paths } from '../lib/content/urls';
import { withCacheKey } from '../queries/build-cache';
import { markdownSite, pagesOf, type MarkdownPage } from '../queries/markdown';
import { urlOf } from '../queries/markdown/context';

/**
 * /llms.txt (the llmstxt.org index: every comparison, article and answer, linked to its Markdown)
 * and /llms-full.txt (all of it in one file, up to 20 MiB). One route with a path each, so a rebuild without
 * content changes copies both instead of turning the whole site into Markdown again.
 */
export function getStaticPaths() {
  return withCacheKey([{ params: { llms: 'llms' } }, { params: { llms: 'llms-full' } }]);
}

const entry = (page: MarkdownPage) => ({
  name: page.title,
  url: urlOf(markdownPath(page.path)),
  description: page.description,
});

async function index(): Promise<string> {
  const markdown = await markdownSite();
  const [comparisons, articles, faqs, guide, rows] = await Promise.all([
    pagesOf(markdown.comparisons),
    pagesOf(markdown.articles),
    pagesOf(markdown.faqs),
    markdown.guide.page(),
    pagesOf(markdown.rows),
  ]);
  return llmsTxt({
    name: site.name,
    summary: `${site.description} A project manager runs one to three of your most pressing projects and only manages them; an online business manager runs the whole business and both manages and implements.`,
    details: [
      [
        "Every page has a Markdown version at its address plus index.html.md, linked from the page's head. All of the content in one file: ",
        link(urlOf('/llms-full.txt'), 'llms-full.txt'),
        '. Search results for any words: ',
        link(`${urlOf(paths.search())}?q=retainer`, `${paths.search()}?q=retainer`),
        '. Each comparison also comes as CSV and JSON, linked from its Markdown.',
      ],
    ],
    sections: [
      { title: 'Comparisons', links: comparisons.map(entry) },
      { title: 'Articles', links: articles.map(entry) },
      { title: 'Questions and answers', links: faqs.map(entry) },
      { title: 'Decision guide', links: [entry(guide)] },
    ],
    optional: rows.map(entry),
  });
}

async function full(): Promise<string> {
  const markdown = await markdownSite();
  // Articles last, newest first: if the file must stop short, the oldest articles are left to llms.txt.
  const pages = await pagesOf([...markdown.comparisons, ...markdown.faqs, markdown.guide, ...markdown.articles]);
  const documents = pages.map((page) => ({ url: urlOf(page.path), markdown: page.markdown }));
  return llmsFullTxt(site.longName, site.description, documents, urlOf('/llms.txt'));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(params.llms === 'llms-full' ? await full() : await index(), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
