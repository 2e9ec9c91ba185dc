import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/markdown/llms-txt';
import { link } from '../lib/markdown/nodes';
import { markdownPath } from '../lib/markdown/links';
import { site } from '../lib/content/site';
import { paths } from '../lib/content/urls';
import { markdownSite, type MarkdownPage } from '../queries/markdown';
import { urlOf } from '../queries/markdown/context';

const entry = (page: MarkdownPage) => ({
  name: page.title,
  url: urlOf(markdownPath(page.path)),
  description: page.description,
});

/** The llmstxt.org index: every comparison, article and answer, each linked to its Markdown. */
export const GET: APIRoute = async () => {
  const markdown = await markdownSite();
  const text = llmsTxt({
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
      { title: 'Comparisons', links: markdown.comparisons.map(entry) },
      { title: 'Articles', links: markdown.articles.map(entry) },
      { title: 'Questions and answers', links: markdown.faqs.map(entry) },
      { title: 'Decision guide', links: [entry(markdown.guide)] },
    ],
    optional: markdown.rows.map(entry),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
