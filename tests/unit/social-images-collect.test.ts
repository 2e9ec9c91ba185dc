import { describe, expect, it } from 'vitest';
import { startTags } from '../../src/lib/html/start-tags';
import { pageImage, planImages } from '../../src/integrations/social-images/collect';

/** As the build plans them: each page's declared image from its start tags, then merged by file. */
const plannedImages = (pages: { file: string; html: string }[], base: string) =>
  planImages(
    pages.flatMap((page) => {
      const image = pageImage(startTags(page.html), base);
      return image ? [{ page: page.file, ...image }] : [];
    }),
  );

const page = (file: string, image: string, title: string, extra = '') => ({
  file,
  html:
    `<!doctype html><html><head><meta property="og:title" content="${title}">` +
    `<meta property="og:image" content="${image}">${extra}</head><body><h1>${title}</h1></body></html>`,
});
const label = (text: string) => `<meta name="social-image:label" content="${text}">`;

describe('plannedImages', () => {
  it('plans one image per og:image under the base, with the card the page declares', () => {
    const planned = plannedImages(
      [
        page(
          'compare/x/scope/index.html',
          'https://kb.example/kb/og/compare/x/scope.png',
          'Scope: a vs b',
          `<meta name="social-image:title" content="Scope">${label('Comparison')}` +
            '<meta name="social-image:role" content="Project Manager" data-value="Projects &amp; launches">',
        ),
      ],
      '/kb/',
    );
    expect(planned).toEqual([
      {
        file: 'og/compare/x/scope.png',
        pages: ['compare/x/scope/index.html'],
        card: {
          title: 'Scope',
          label: 'Comparison',
          roles: [{ name: 'Project Manager', value: 'Projects & launches' }],
        },
      },
    ]);
  });

  it('draws a shared image once and skips pages without one or with an image elsewhere', () => {
    const planned = plannedImages(
      [
        page('faq/index.html', 'https://x.test/og/faq.png', 'FAQ', label('FAQ')),
        page('faq/a/index.html', 'https://x.test/og/faq.png', 'FAQ', label('FAQ')),
        page('elsewhere/index.html', 'https://cdn.test/img/photo.png', 'Photo'),
        { file: 'old/index.html', html: '<meta http-equiv="refresh" content="0;url=/new/">' },
      ],
      '/',
    );
    expect(planned.map((image) => [image.file, image.pages])).toEqual([
      ['og/faq.png', ['faq/index.html', 'faq/a/index.html']],
    ]);
  });

  it('fails when pages sharing an image declare different cards', () => {
    expect(() =>
      plannedImages(
        [
          page('a/index.html', 'https://x.test/og/site.png', 'A'),
          page('b/index.html', 'https://x.test/og/site.png', 'B'),
        ],
        '/',
      ),
    ).toThrow(/b\/index\.html and a\/index\.html use og\/site\.png/);
  });
});
