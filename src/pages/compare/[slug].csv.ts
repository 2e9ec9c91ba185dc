import type { APIRoute } from 'astro';
import { comparisonCsv } from '../../lib/publishing/comparison-data';
import { comparisonDataInput } from '../../queries/comparison-data';
import { allComparisons, type Comparison } from '../../queries/comparisons';

export async function getStaticPaths() {
  return (await allComparisons()).map((comparison) => ({ params: { slug: comparison.id }, props: { comparison } }));
}

export const GET: APIRoute<{ comparison: Comparison }> = async ({ props, site }) =>
  new Response(comparisonCsv(await comparisonDataInput(props.comparison, site ?? 'http://localhost:4321')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
