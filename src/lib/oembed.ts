/**
 * The embed snippet of a comparison (or one row) and its oEmbed 1.0 response: a `rich` type whose
 * `html` is the same iframe an author copies from the page (https://oembed.com/, section 2.3.4).
 */

export interface EmbedSpec {
  /** What the embed shows, e.g. "Project manager vs online business manager". */
  title: string;
  /** Absolute URL of the framable page. */
  embedUrl: string;
  /** Rows the embed shows: its height follows from them. */
  rows: number;
  providerName: string;
  /** The site's home page. */
  providerUrl: string;
  /** The social image of the embedded page (1200 x 630). */
  thumbnailUrl: string;
}

/** The width the snippet asks for; narrower columns get the stacked layout, which fits any width. */
export const embedWidth = 640;

/**
 * Height in CSS pixels at `embedWidth` that shows every row without scrolling: heading, table head,
 * the rows (two lines of text each at most at this width) and the source line. Checked in Chromium
 * by tests/browser/embed.test.ts.
 */
export function embedHeight(rows: number): number {
  return 150 + rows * 64;
}

const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function iframeSnippet(spec: EmbedSpec): string {
  return (
    `<iframe src="${attribute(spec.embedUrl)}" title="${attribute(`${spec.title} (${spec.providerName})`)}" ` +
    `width="${embedWidth}" height="${embedHeight(spec.rows)}" loading="lazy" ` +
    `style="width:100%;max-width:${embedWidth}px;border:0"></iframe>`
  );
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export function oembedResponse(spec: EmbedSpec): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: spec.providerName,
    provider_url: spec.providerUrl,
    html: iframeSnippet(spec),
    width: embedWidth,
    height: embedHeight(spec.rows),
    thumbnail_url: spec.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    // A day: comparisons change rarely, and a consumer that re-asks sooner gets the same file.
    cache_age: 86_400,
  };
}
