import { Parser } from 'htmlparser2';

/**
 * The start tags of built HTML, read with a tokenizer rather than a DOM. The build steps that only
 * need attributes (links, ids, meta tags) then read a thousand pages in a fraction of the time and
 * memory a DOM takes. Comments and the text inside script, style, title and textarea are skipped,
 * so markup written there is never taken for a tag. `parseAttributes` reads the attribute text of
 * a tag that page-resources.ts has already cut out.
 */

export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Lower-case attribute names to their values, with character references decoded. */
  attributes: Map<string, string>;
}

const attributePattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric references and the named ones a build writes; other names stay as written. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (reference, decimal, hex, name) => {
    if (name !== undefined) return namedReferences[(name as string).toLowerCase()] ?? reference;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/**
 * A copy of `text` that does not point into the page it was cut from. V8 keeps a substring of 13 or
 * more characters as a view of its whole source, so an id or link kept from each page would keep
 * every page's text alive (its size: docs/decisions/2026-12-one-reading-of-the-built-pages.md). For
 * what outlives the page only.
 */
export const detached = (text: string): string =>
  text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');

/** The attributes of one tag's attribute source (`href="/a/" hidden`); the first of a repeated name wins. */
export function parseAttributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) {
    const name = (match[1] as string).toLowerCase();
    if (!found.has(name)) found.set(name, decodeReferences(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

/**
 * The start tags of a page, read by htmlparser2, which knows the cases patterns miss (CDATA in
 * SVG, unusual character references, a stray "<" in text) and decodes every named reference.
 */
export function* startTags(html: string): Generator<StartTag> {
  const found: StartTag[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => found.push({ name, attributes: new Map(Object.entries(attributes)) }) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  yield* found;
}
