import type { APIRoute } from 'astro';
import { llmsFullTxt } from '../lib/markdown/llms-txt';
import { site } from '../lib/content/site';
import { markdownSite } from '../queries/markdown';
import { urlOf } from '../queries/markdown/context';

/** All of the knowledge in one file: comparisons, articles, answers and the guide, in Markdown. */
export const GET: APIRoute = async () => {
  const markdown = await markdownSite();
  const documents = [...markdown.comparisons, ...markdown.articles, ...markdown.faqs, markdown.guide].map((page) => ({
    url: urlOf(page.path),
    markdown: page.markdown,
  }));
  return new Response(llmsFullTxt(site.longName, site.description, documents), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
