import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuidePayload } from '../../src/lib/guide/guide-payload';
import { builtPages, fileFor, parseHtml } from '../support/dist';

const page = builtPages().find((built) => built.path === '/guide/');
const doc = page!.document;
const payload = JSON.parse(doc.getElementById('guide-data')?.textContent ?? 'null') as GuidePayload;

describe('the built guide page', () => {
  it('carries the questions as a form and the scoring data the browser module reads', () => {
    const fieldsets = [...doc.querySelectorAll('form fieldset')];
    expect(fieldsets).toHaveLength(payload.questions.length);
    payload.questions.forEach((question, index) => {
      const radios = [...fieldsets[index]!.querySelectorAll(`input[type="radio"][name="${question.id}"]`)];
      expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(question.answers.map((answer) => answer.key));
    });
    // The browser code is bundled: a hashed file that can be cached for a year.
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toMatch(
      /^\/_astro\/[\w.-]+\.[\w-]{8}\.js$/,
    );
  });

  it('sends the browser only links that resolve to a page, and to the row or heading they name', () => {
    const links = [
      ...payload.questions.flatMap((question) => question.answers.map((answer) => answer.href)),
      ...payload.results.flatMap((result) => result.next.map((step) => step.href)),
    ];
    const broken = links.filter((link) => {
      const [path = '', fragment] = link.split('#');
      const file = fileFor(path);
      if (!file) return true;
      return fragment !== undefined && !parseHtml(readFileSync(file, 'utf8')).getElementById(fragment);
    });
    expect(broken).toEqual([]);
  });

  it('is indexed for search as the guide', () => {
    const body = doc.querySelector('[data-pagefind-body]');
    expect(body?.querySelector('h1')).not.toBeNull();
    expect(doc.querySelector('head meta[data-pagefind-filter="type[content]"]')?.getAttribute('content')).toBe('Guide');
  });
});

describe('each result on its own page', () => {
  const meta = (doc: Document, key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
  const resultPages = payload.results.map((result) => ({
    result,
    built: builtPages().find((built) => built.path === `/guide/results/${result.id}/`),
  }));

  it('exists for every result and is where the guide links a shared result', () => {
    for (const { result, built } of resultPages) {
      expect(built, result.id).toBeDefined();
      expect(result.page).toBe(`/guide/results/${result.id}/`);
    }
  });
  it('unfurls as that result: its own title and its own social image', () => {
    const images = new Set<string>();
    for (const { result, built } of resultPages) {
      const doc = built!.document;
      expect(meta(doc, 'og:title')).toContain(result.title);
      expect(meta(doc, 'og:description').length).toBeGreaterThanOrEqual(50);
      const image = new URL(meta(doc, 'og:image')).pathname;
      expect(fileFor(image), image).toBeDefined();
      images.add(image);
    }
    expect(images.size).toBe(resultPages.length);
  });
  it('shows the general reasons without the reader’s answers', () => {
    for (const { result, built } of resultPages) {
      const reasons = built!.document.querySelectorAll('#general-reasons + ul > li');
      const counting = payload.questions.flatMap((q) => q.answers).filter((a) => (a.points[result.id] ?? 0) > 0);
      expect(reasons.length, result.id).toBe(counting.length);
    }
  });
});
