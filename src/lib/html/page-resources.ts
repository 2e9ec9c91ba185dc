/**
 * What a built page makes the browser load or run before the reader does anything: stylesheets that
 * block rendering, inline styles, and scripts that run on load. Read from the HTML text with
 * patterns, which is enough for the markup Astro writes (quoted attributes, no comments around tags).
 */
import { parseAttributes } from './start-tags.ts';

export interface PageScript {
  /** The `src` of a script file; inline scripts have `code` instead. */
  src?: string;
  code?: string;
  module: boolean;
}

export interface PageResources {
  /** `href`s of stylesheets that block rendering: every one but print-only or alternate sheets. */
  stylesheets: string[];
  inlineStyles: string[];
  /** Scripts the browser runs; JSON and JSON-LD blocks are data and are left out. */
  scripts: PageScript[];
}

/** No `type`, a JavaScript MIME type, or `module`. */
function isExecutable(type: string | undefined): boolean {
  return !type || /^\s*(module|(text|application)\/(java|ecma)script)\s*$/i.test(type);
}

export function pageResources(html: string): PageResources {
  const stylesheets: string[] = [];
  for (const [, source] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = parseAttributes(source as string);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href || !rel.includes('stylesheet') || rel.includes('alternate')) continue;
    if (attrs.get('media')?.trim().toLowerCase() === 'print') continue;
    stylesheets.push(href);
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] as string);
  const scripts: PageScript[] = [];
  for (const [, source, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = parseAttributes(source as string);
    const type = attrs.get('type');
    if (!isExecutable(type)) continue;
    const module = type?.trim().toLowerCase() === 'module';
    const src = attrs.get('src');
    scripts.push(src === undefined ? { code: code as string, module } : { src, module });
  }
  return { stylesheets, inlineStyles, scripts };
}
