import type { APIRoute } from 'astro';
import { oembedResponse } from '../../../../lib/publishing/oembed';
import { allComparisons, type Comparison } from '../../../../queries/comparisons';
import { embedSpec } from '../../../../queries/embeds';

/** A static oEmbed response per comparison, found from the page's `<link type="application/json+oembed">`. */
export async function getStaticPaths() {
  return (await allComparisons()).map((comparison) => ({ params: { slug: comparison.id }, props: { comparison } }));
}

export const GET: APIRoute<{ comparison: Comparison }> = async ({ props, site }) =>
  Response.json(oembedResponse(await embedSpec(props.comparison, site ?? 'http://localhost:4321')));
