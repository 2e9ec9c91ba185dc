// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import socialImages from './src/integrations/social-images';
import { guideCard } from './src/lib/social-image-spec';
import { paths } from './src/lib/urls';

/** Deploy under a sub-path (GitHub Pages, `/kb/`) by setting BASE_PATH; the root otherwise. */
const base = process.env.BASE_PATH ?? '/';
const outDir = new URL('./dist/', import.meta.url);

/** Redirect stubs (reversed comparison URLs) and the 404 page are not pages to index. */
function isIndexable(/** @type {string} */ url) {
  const path = new URL(url).pathname.slice(base.length);
  if (path.startsWith('404')) return false;
  try {
    return !readFileSync(new URL(`${path}index.html`, outDir), 'utf8').includes('http-equiv="refresh"');
  } catch {
    return true;
  }
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pm-vs-obm.example.com',
  base,
  outDir: outDir.pathname,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({ filter: isIndexable }),
    // The guide page is still to come; its card is drawn now so the link unfurls the day it lands.
    socialImages({ ahead: [{ path: paths.socialImage('guide'), card: guideCard }] }),
  ],
  vite: { plugins: [tailwindcss()] },
});
