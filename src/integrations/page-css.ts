import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startTags } from '../lib/build-checks/html-tags';
import {
  classesOfAttributes,
  classesOfStylesheet,
  unusedClasses,
  withoutUnusedRules,
  wordsOfScripts,
  type StylesheetClasses,
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
        const classesOf = new Map<string, StylesheetClasses>();
        const pruned = new Map<string, string>();
        let before = 0;
        let after = 0;
        const pages = await filesEnding(root, '.html');
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('<style')) continue;
          const used = classesOfAttributes([...startTags(html)].flatMap((tag) => tag.attributes.get('class') ?? []));
          for (const word of scriptWords) used.add(word);
          const hashes = new Map<string, string>();
          const trimmed = html.replace(stylePattern, (_, open: string, css: string, close: string) => {
            let classes = classesOf.get(css);
            if (!classes) {
              classes = classesOfStylesheet(css);
              classesOf.set(css, classes);
            }
            const unused = unusedClasses(classes, used);
            const key = `${createHash('sha1').update(css).digest('hex')}:${unused.join(' ')}`;
            let kept = pruned.get(key);
            if (kept === undefined) {
              kept = withoutUnusedRules(css, unused);
              pruned.set(key, kept);
            }
            before += css.length;
            after += kept.length;
            if (kept !== css) hashes.set(cspHash(css), cspHash(kept));
            return `${open}${kept}${close}`;
          });
          if (trimmed === html) continue;
          let withPolicy = trimmed;
          for (const [old, next] of hashes) withPolicy = withPolicy.replaceAll(old, next);
          await writeFile(file, withPolicy);
        }
        logger.info(
          `inline CSS trimmed to what each page uses: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB over ${pages.length} pages, ${pruned.size} distinct stylesheets, ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
