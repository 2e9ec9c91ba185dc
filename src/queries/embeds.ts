import { rowHeading } from '../lib/content/comparison-row';
import type { EmbedSpec } from '../lib/publishing/oembed';
import type { ComparisonRow } from '../lib/schemas/comparison';
import { site } from '../lib/content/site';
import { absoluteUrl, paths } from '../lib/content/urls';
import { subjectsOf, type Comparison } from './comparisons';

/** The embed of a comparison, or of one of its rows, with the URLs a snippet and oEmbed need. */
export async function embedSpec(
  comparison: Comparison,
  siteUrl: URL | string,
  row?: ComparisonRow,
): Promise<EmbedSpec> {
  const base = import.meta.env.BASE_URL;
  const subjects = (await subjectsOf(comparison)).map((role) => ({ id: role.id, name: role.data.name }));
  const imageKey = row ? `compare/${comparison.id}/${row.id}` : `compare/${comparison.id}`;
  return {
    title: row ? rowHeading(row, subjects) : comparison.data.title,
    embedUrl: absoluteUrl(paths.embed(comparison.id, row?.id), siteUrl, base),
    content: {
      title: row ? rowHeading(row, subjects) : comparison.data.title,
      rows: (row ? [row] : comparison.data.rows).map((shown) => ({
        dimension: shown.dimension,
        values: subjects.map((subject) => shown.values[subject.id] ?? ''),
      })),
      note: row?.context,
    },
    providerName: site.name,
    providerUrl: absoluteUrl(paths.home(), siteUrl, base),
    thumbnailUrl: absoluteUrl(paths.socialImage(imageKey), siteUrl, base),
  };
}
