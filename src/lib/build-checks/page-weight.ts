/**
 * What a page costs a reader before they can read and use it, in gzip bytes: the document, the
 * CSS that blocks its first paint, and the JavaScript that runs without the reader doing anything.
 */
import { gzipSync } from 'node:zlib';
import { pageResources } from '../html/page-resources.ts';

export interface PageWeight {
  /** The document as sent; its inline scripts and styles are part of it. */
  html: number;
  /** Render-blocking CSS: linked stylesheets (but print-only ones) and inline `<style>`s. */
  css: number;
  /** The part of `css` in other files: each one is a request the first render waits for. */
  externalCss: number;
  /** JavaScript that runs on load: inline scripts, script files and the modules they import. */
  js: number;
}

/** The text of a built file by its URL path (`/_astro/x.css`), or undefined when there is none. */
export type FileLookup = (path: string) => string | undefined;

export const gzipBytes = (text: string): number => gzipSync(text).byteLength;

/** Specifiers of static `import`/`export … from`: fetched before the module runs, unlike `import()`. */
export function staticImports(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  return [...withoutComments.matchAll(pattern)].map((match) => match[1] as string);
}

const resolve = (reference: string, from: string): string =>
  new URL(reference, new URL(from, 'https://site.invalid')).pathname;

/**
 * `pagePath` is the page's URL path (`/articles/x/`), against which its relative URLs resolve.
 * A file the page loads but the lookup does not know fails loudly rather than counting as 0 bytes.
 */
export function pageWeight(html: string, pagePath: string, lookup: FileLookup): PageWeight {
  const read = (path: string, usedBy: string): string => {
    const text = lookup(path);
    if (text === undefined) throw new Error(`${usedBy} loads ${path}, which is not in the build`);
    return text;
  };
  const resources = pageResources(html);
  let externalCss = 0;
  for (const href of resources.stylesheets) externalCss += gzipBytes(read(resolve(href, pagePath), pagePath));
  let css = externalCss;
  for (const style of resources.inlineStyles) css += gzipBytes(style);

  let js = 0;
  // A module imported by several scripts is fetched and counted once.
  const loaded = new Set<string>();
  const run = (code: string, url: string, module: boolean): void => {
    js += gzipBytes(code);
    if (!module) return;
    for (const specifier of staticImports(code)) {
      const path = resolve(specifier, url);
      if (loaded.has(path)) continue;
      loaded.add(path);
      run(read(path, url), path, true);
    }
  };
  for (const script of resources.scripts) {
    if (script.code !== undefined) {
      run(script.code, pagePath, script.module);
      continue;
    }
    const path = resolve(script.src ?? '', pagePath);
    if (loaded.has(path)) continue;
    loaded.add(path);
    run(read(path, pagePath), path, script.module);
  }
  return { html: gzipBytes(html), css, externalCss, js };
}
