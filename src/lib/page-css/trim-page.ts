/**
 * Trims a page's inline stylesheets to the rules its markup and the site's scripts can use, and
 * swaps each stylesheet's hash in the page's CSP meta to match.
 */
import { cspHashSource } from '../csp/hash.ts';
import { classesOfPage, classesOfStylesheet, unusedClasses, withoutUnusedRules } from './unused-rules.ts';

const stylePattern = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/**
 * A trimmer for the pages of one build. Every page carries one of a few stylesheets, so the work is
 * remembered: per distinct stylesheet its hash and the classes a page may lack (scripts may add any
 * word they contain, so those stay), per set of lacking classes the trimmed stylesheet.
 */
export function pageCssTrimmer(scriptWords: ReadonlySet<string>): (html: string) => string {
  const stylesheets = new Map<string, { hash: string; droppable: string[] }>();
  const trimmedBy = new Map<string, { css: string; hash: string }>();
  return (html) => {
    if (!html.includes('<style')) return html;
    const used = classesOfPage(html);
    const hashes = new Map<string, string>();
    let trimmed = html.replace(stylePattern, (_, open: string, css: string, close: string) => {
      let stylesheet = stylesheets.get(css);
      if (!stylesheet) {
        stylesheet = { hash: cspHashSource(css), droppable: unusedClasses(classesOfStylesheet(css), scriptWords) };
        stylesheets.set(css, stylesheet);
      }
      const unused = stylesheet.droppable.filter((name) => !used.has(name));
      const key = `${stylesheet.hash} ${unused.join(' ')}`;
      let kept = trimmedBy.get(key);
      if (!kept) {
        const keptCss = withoutUnusedRules(css, unused);
        kept = { css: keptCss, hash: cspHashSource(keptCss) };
        trimmedBy.set(key, kept);
      }
      if (kept.hash !== stylesheet.hash) hashes.set(stylesheet.hash, kept.hash);
      return `${open}${kept.css}${close}`;
    });
    for (const [old, next] of hashes) trimmed = trimmed.replaceAll(old, next);
    return trimmed;
  };
}
