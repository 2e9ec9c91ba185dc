import { getEntry, render } from 'astro:content';
import type { Guide } from '../lib/schemas/guide';

const file = 'src/content/guide.json';
const guideId = 'decision-guide';

export async function decisionGuide(): Promise<Guide> {
  const entry = await getEntry('guide', guideId);
  if (!entry) throw new Error(`${file} has no entry with "id": "${guideId}"`);
  return entry.data;
}

/**
 * The name of the page (and row or section) a reason link points at, used as the link's text.
 * Fails the build with the path when it points at nothing, so an editor's typo surfaces at once.
 */
async function linkLabel(path: string): Promise<string> {
  const [, section, id, anchor] = path.match(/^\/(compare|articles)\/([a-z0-9-]+)\/(?:#(.+))?$/) ?? [];
  const broken = (what: string) => new Error(`${file} links to "${path}", but ${what}`);
  if (section === 'compare' && id) {
    const comparison = await getEntry('comparisons', id);
    if (!comparison) throw broken(`there is no comparison "${id}"`);
    if (!anchor) return comparison.data.title;
    const row = comparison.data.rows.find((candidate) => candidate.id === anchor);
    if (!row) throw broken(`that comparison has no row "${anchor}"`);
    return `${comparison.data.title}: ${row.dimension}`;
  }
  if (section === 'articles' && id) {
    const article = await getEntry('articles', id);
    if (!article) throw broken(`there is no article "${id}"`);
    if (!anchor) return article.data.title;
    const { headings } = await render(article);
    const heading = headings.find((candidate) => candidate.slug === anchor);
    if (!heading) throw broken(`that article has no heading with the anchor "${anchor}"`);
    return `${article.data.title}: ${heading.text}`;
  }
  throw broken('reasons can only link to an article or a comparison');
}

/** Link text for every reason link of the guide, by path. */
export async function reasonLinkLabels(guide: Guide): Promise<Map<string, string>> {
  const links = [...new Set(guide.questions.flatMap((question) => question.answers.map((answer) => answer.link)))];
  return new Map(await Promise.all(links.map(async (link) => [link, await linkLabel(link)] as const)));
}
