// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pm-vs-obm.example.com',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
