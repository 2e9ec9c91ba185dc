import { describe, expect, it } from 'vitest';
import {
  embedHeight,
  embedWidth,
  iframeSnippet,
  oembedResponse,
  type EmbedSpec,
} from '../../src/lib/publishing/oembed';
import { parseHtml } from '../support/dist';

const spec: EmbedSpec = {
  title: 'PM vs "OBM" & more',
  embedUrl: 'https://example.org/embed/compare/a-vs-b/',
  content: { title: 'PM vs OBM', rows: [{ dimension: 'Scope', values: ['Projects', 'The business'] }] },
  providerName: 'PM or OBM?',
  providerUrl: 'https://example.org/',
  thumbnailUrl: 'https://example.org/og/compare/a-vs-b.png',
};

describe('the embed snippet', () => {
  it('is one iframe with an escaped title, the embed URL and its size', () => {
    const iframe = parseHtml(`<body>${iframeSnippet(spec)}</body>`).querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(spec.embedUrl);
    expect(iframe?.getAttribute('title')).toBe('PM vs "OBM" & more (PM or OBM?)');
    expect(iframe?.getAttribute('width')).toBe(String(embedWidth));
    expect(Number(iframe?.getAttribute('height'))).toBe(embedHeight(spec.content));
  });

  it('grows with the rows and with text that wraps', () => {
    const short = embedHeight(spec.content);
    const long = embedHeight({ ...spec.content, rows: [{ dimension: 'Scope', values: ['word '.repeat(30), 'x'] }] });
    const two = embedHeight({ ...spec.content, rows: [...spec.content.rows, ...spec.content.rows] });
    expect(long).toBeGreaterThan(short);
    expect(two).toBeGreaterThan(short);
  });
});

describe('the oEmbed response', () => {
  it('has the fields oEmbed 1.0 requires of a rich response, and a thumbnail with its size', () => {
    const response = oembedResponse(spec);
    expect(response).toMatchObject({ version: '1.0', type: 'rich', width: embedWidth, provider_name: 'PM or OBM?' });
    expect(response.html).toBe(iframeSnippet(spec));
    expect(response.height).toBe(embedHeight(spec.content));
    expect(response).toMatchObject({ thumbnail_url: spec.thumbnailUrl, thumbnail_width: 1200, thumbnail_height: 630 });
  });
});
