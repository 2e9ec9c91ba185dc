/**
 * The embed snippet of a comparison (or one row) and its oEmbed 1.0 response: a `rich` type whose
 * `html` is the same iframe an author copies from the page (https://oembed.com/, section 2.3.4).
 */

/** What an embed shows, as far as its height depends on it. */
export interface EmbedContent {
  title: string;
  /** Each row's dimension and then its values, in column order. */
  rows: { dimension: string; values: string[] }[];
  /** A paragraph under the table (a row embed's context). */
  note?: string | undefined;
}

export interface EmbedSpec {
  /** What the embed shows, e.g. "Project manager vs online business manager". */
  title: string;
  /** Absolute URL of the framable page. */
  embedUrl: string;
  content: EmbedContent;
  providerName: string;
  /** The site's home page. */
  providerUrl: string;
  /** The social image of the embedded page (1200 x 630). */
  thumbnailUrl: string;
}

/** The width the snippet asks for; narrower columns get the stacked layout, which fits any width. */
export const embedWidth = 640;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/**
 * Height in CSS pixels at `embedWidth` that shows the whole embed without scrolling, from how many
 * lines each piece of text wraps to (characters per line measured for the system sans-serif at
 * 640 px: 36 in the 18 px title, 14 in the dimension column, 27 in a value column of a two-role
 * table, 80 in a 14 px paragraph). tests/browser/embed.test.ts checks the result in Chromium.
 */
export function embedHeight(content: EmbedContent): number {
  const columns = content.rows[0]?.values.length ?? 2;
  const valueChars = Math.round(54 / columns);
  const title = lines(content.title, 36) * 28 + 8;
  const head = 2 * 20 + 17;
  const rows = content.rows.reduce(
    (sum, row) =>
      sum + 25 + 20 * Math.max(lines(row.dimension, 14), ...row.values.map((value) => lines(value, valueChars))),
    0,
  );
  const note = content.note ? lines(content.note, 80) * 20 + 14 : 0;
  // Body padding, the table's margins and border, and the two-line source line.
  return title + head + rows + note + 24 + 48 + 2 + 12 + 2 * 16 + 16;
}

const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function iframeSnippet(spec: EmbedSpec): string {
  return (
    `<iframe src="${attribute(spec.embedUrl)}" title="${attribute(`${spec.title} (${spec.providerName})`)}" ` +
    `width="${embedWidth}" height="${embedHeight(spec.content)}" loading="lazy" ` +
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
    height: embedHeight(spec.content),
    thumbnail_url: spec.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    // A day: comparisons change rarely, and a consumer that re-asks sooner gets the same file.
    cache_age: 86_400,
  };
}
