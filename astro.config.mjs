// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteBuild } from './src/integrations/site-build';
import { cspHash } from './src/lib/csp/hash';
import { siteLinks } from './src/lib/markdown/site-links';

/** Deploy under a sub-path (GitHub Pages, `/kb/`) by setting BASE_PATH; the root otherwise. */
const base = process.env.BASE_PATH ?? '/';
const outDir = new URL('./dist/', import.meta.url);

/** Redirect stubs (reversed comparison URLs), embeds and the 404 page are not pages to index. */
function isIndexable(/** @type {string} */ url) {
  const path = new URL(url).pathname.slice(base.length);
  if (path.startsWith('404') || path.startsWith('embed/')) return false;
  try {
    return !readFileSync(new URL(`${path}index.html`, outDir), 'utf8').includes('http-equiv="refresh"');
  } catch {
    return true;
  }
}

/** Inline scripts run before Astro's CSP meta tag, so their hashes must be allowed explicitly. */
const scriptHash = (/** @type {string} */ file) => cspHash(readFileSync(new URL(file, import.meta.url), 'utf8'));
const bootHash = scriptHash('./src/scripts/boot.js');
const embedThemeHash = scriptHash('./src/scripts/embed-theme.js');
const keepFragmentHash = scriptHash('./src/scripts/keep-fragment.js');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pm-vs-obm.example.com',
  base,
  outDir: outDir.pathname,
  trailingSlash: 'always',
  // Several pages in progress at once: one page's file is written while the next renders
  // (measured in docs/decisions/2026-12-build-benchmarks.md).
  // Each page carries its CSS, so the first render needs one request (the HTML) and one round trip.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // Two content files with one id would otherwise only warn, and one of them would silently vanish.
  prerenderConflictBehavior: 'error',
  // A rebuild copies the pages whose content and code are unchanged (see src/queries/build-cache.ts).
  experimental: { incrementalBuild: true },
  integrations: [
    // Static MDX becomes HTML strings at compile time: less to bundle, hold and render (the built
    // pages are byte for byte the same; the content is ours, so unescaped output is no risk).
    mdx({ optimize: true }),
    sitemap({ filter: isIndexable }),
    // Last, so the sitemap is written before the steps over dist/ read it
    // (src/integrations/build-steps.ts: search index, social images, headers, link and ledger checks).
    siteBuild(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Each feature is one chunk, imported whole on first use (src/client/on-first-use.ts): no
      // preload helper in every page.
      modulePreload: false,
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler cannot keep; Astro handles it itself.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  markdown: {
    // No code blocks in this content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Markdown and MDX bodies get the deploy base on their site-absolute links as they compile.
    processor: satteri({ hastPlugins: [siteLinks(base)] }),
  },
  // A strict CSP as a meta tag with hashes of every inline script and style; the same policy is
  // also sent as a header by the generated _headers. Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [bootHash, embedThemeHash, keepFragmentHash],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
