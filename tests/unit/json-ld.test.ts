import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbList, faqPageJsonLd, serializeJsonLd } from '../../src/lib/content/json-ld';

describe('serializeJsonLd', () => {
  it('cannot close its script element, and round-trips', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('JSON-LD builders', () => {
  it('numbers breadcrumb positions from one', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x.test/' },
      { name: 'FAQ', url: 'https://x.test/faq/' },
    ]);
    expect(list.itemListElement.map((item) => item.position)).toEqual([1, 2]);
  });
  it('uses the published date as dateModified when never updated', () => {
    const published = new Date('2026-11-20');
    const article = articleJsonLd({
      headline: 'H',
      description: 'D',
      url: 'https://x.test/a/',
      image: 'https://x.test/a.png',
      published,
      publisher: 'PM or OBM?',
    });
    expect(article.dateModified).toBe(published.toISOString());
  });
  it('lists every question with its answer', () => {
    const page = faqPageJsonLd('https://x.test/faq/', [{ question: 'Q?', answer: 'A.' }]);
    expect(page.mainEntity).toEqual([
      { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
    ]);
  });
});
