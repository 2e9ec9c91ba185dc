import type { APIRoute } from 'astro';
import { comparisonJson } from '../../lib/publishing/comparison-data';
import { comparisonDataInput } from '../../queries/comparison-data';
import { allComparisons, type Comparison } from '../../queries/comparisons';

export async function getStaticPaths() {
  return (await allComparisons()).map((comparison) => ({ params: { slug: comparison.id }, props: { comparison } }));
}

export const GET: APIRoute<{ comparison: Comparison }> = async ({ props, site }) =>
  Response.json(comparisonJson(await comparisonDataInput(props.comparison, site ?? 'http://localhost:4321')));
