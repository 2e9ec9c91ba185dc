import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../lib/content/site';
import { paths, withBase } from '../lib/content/urls';
import { publishedArticles } from '../queries/articles';

export async function GET(context: APIContext) {
  const articles = await publishedArticles();
  return rss({
    title: site.name,
    description: site.description,
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: true,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.published,
      link: withBase(paths.article(article.id), import.meta.env.BASE_URL),
      categories: article.data.tags,
    })),
  });
}
