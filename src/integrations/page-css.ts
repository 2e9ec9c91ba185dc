import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  classesOfPage,
  classesOfStylesheet,
  unusedClasses,
  withoutUnusedRules,
  wordsOfScripts,
} from '../lib/page-css/unused-rules';

const stylePattern = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

async function filesEnding(dir: string, ending: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ending)).map((e) => join(e.parentPath, e.name));
}

/**
 * Trims each page's inline stylesheet to the rules its markup and the site's scripts can use, and
 * swaps the stylesheet's hash in the page's CSP meta to match. Runs before the security-headers
 * step, which builds the site's CSP from those metas.
 */
export function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const scripts = await filesEnding(root, '.js');
        const scriptWords = wordsOfScripts(
          await Promise.all(
            scripts.filter((file) => !file.includes('/pagefind/')).map((file) => readFile(file, 'utf8')),
          ),
        );
        // Per distinct stylesheet: its hash and the classes a page may lack (scripts may add any
        // word they contain, so those stay); per set of lacking classes, the trimmed stylesheet.
        const stylesheets = new Map<string, { hash: string; droppable: string[] }>();
        const trimmedBy = new Map<string, { css: string; hash: string }>();
        let before = 0;
        let after = 0;
        const pages = await filesEnding(root, '.html');
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('<style')) continue;
          const used = classesOfPage(html);
          const hashes = new Map<string, string>();
          const trimmed = html.replace(stylePattern, (_, open: string, css: string, close: string) => {
            let stylesheet = stylesheets.get(css);
            if (!stylesheet) {
              stylesheet = { hash: cspHash(css), droppable: unusedClasses(classesOfStylesheet(css), scriptWords) };
              stylesheets.set(css, stylesheet);
            }
            const unused = stylesheet.droppable.filter((name) => !used.has(name));
            const key = `${stylesheet.hash} ${unused.join(' ')}`;
            let kept = trimmedBy.get(key);
            if (!kept) {
              const keptCss = withoutUnusedRules(css, unused);
              kept = { css: keptCss, hash: cspHash(keptCss) };
              trimmedBy.set(key, kept);
            }
            before += css.length;
            after += kept.css.length;
            if (kept.hash !== stylesheet.hash) hashes.set(stylesheet.hash, kept.hash);
            return `${open}${kept.css}${close}`;
          });
          if (!hashes.size) continue;
          let withPolicy = trimmed;
          for (const [old, next] of hashes) withPolicy = withPolicy.replaceAll(old, next);
          await writeFile(file, withPolicy);
        }
        logger.info(
          `inline CSS trimmed to what each page uses: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB over ${pages.length} pages, ${trimmedBy.size} distinct stylesheets, ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
