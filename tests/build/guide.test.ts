import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuidePayload } from '../../public/scripts/guide.js';
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
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/scripts/guide.js');
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
