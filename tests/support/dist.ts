import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMParser } from 'linkedom';

export const distDir = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** URL path of the page, e.g. `/articles/glossary/`. */
  path: string;
  file: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function distFiles(): string[] {
  return walk(distDir);
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of dist/, parsed once per test file. */
export function builtPages(): BuiltPage[] {
  cache ??= distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(distDir, file).replaceAll('\\', '/');
      const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
      const html = readFileSync(file, 'utf8');
      return { path, file, html, document: parseHtml(html) };
    });
  return cache;
}

/** Reversed comparison URLs are redirect stubs, not pages. */
export function isRedirect(page: BuiltPage): boolean {
  return page.html.includes('http-equiv="refresh"');
}

/** Framable embeds (`/embed/...`): minimal pages for other sites' iframes, not pages to share or index. */
export function isEmbed(page: BuiltPage): boolean {
  return page.path.startsWith('/embed/');
}

/** The file in dist/ a site path resolves to, as a static host would, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] as string);
  const candidate = join(distDir, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}
