import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/content/urls';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl('/sitemap-index.xml', context.site ?? 'http://localhost:4321', import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
