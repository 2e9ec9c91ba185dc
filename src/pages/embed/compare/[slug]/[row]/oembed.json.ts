import type { APIRoute } from 'astro';
import { oembedResponse } from '../../../../../lib/publishing/oembed';
import type { ComparisonRow } from '../../../../../lib/schemas/comparison';
import { allComparisons, type Comparison } from '../../../../../queries/comparisons';
import { embedSpec } from '../../../../../queries/embeds';

/** A static oEmbed response per comparison row. */
export async function getStaticPaths() {
  return (await allComparisons()).flatMap((comparison) =>
    comparison.data.rows.map((row) => ({ params: { slug: comparison.id, row: row.id }, props: { comparison, row } })),
  );
}

export const GET: APIRoute<{ comparison: Comparison; row: ComparisonRow }> = async ({ props, site }) =>
  Response.json(oembedResponse(await embedSpec(props.comparison, site ?? 'http://localhost:4321', props.row)));
