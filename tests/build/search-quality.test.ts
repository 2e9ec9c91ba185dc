import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindOptions, searchSite } from '../../public/scripts/search-core.js';
import { loadPagefind, type PagefindApi } from '../support/pagefind';

let pagefind: PagefindApi;
beforeAll(async () => {
  pagefind = await loadPagefind(pagefindOptions);
});
afterAll(async () => {
  await pagefind.destroy();
});

async function topUrls(query: string, filters?: Record<string, string>, count = 3): Promise<string[]> {
  const response = await searchSite(pagefind, query, filters ? { filters } : {});
  const data = await Promise.all(response.results.slice(0, count).map((result) => result.data()));
  return data.map((result) => result.url);
}

/** Questions as prospects type them, and the pages that answer each. */
const questions: [string, string | string[]][] = [
  ['does an obm do the work', '/faq/does-an-obm-do-the-work/'],
  ['how many projects can a project manager handle', '/faq/how-many-projects-can-a-project-manager-handle/'],
  ['pm or obm for a launch', '/faq/pm-or-obm-for-a-launch/'],
  [
    'what is the difference between a pm and an obm',
    ['/faq/what-is-the-difference-between-a-pm-and-an-obm/', '/articles/pm-vs-obm-differences-explained/'],
  ],
  ['can I have both a project manager and an OBM', '/faq/can-i-have-both-a-pm-and-an-obm/'],
  ['is an obm just an expensive va', '/faq/is-an-obm-just-an-expensive-va/'],
  ['questions to ask when hiring a project manager', '/faq/what-should-i-ask-when-hiring-a-project-manager/'],
  ['red flags hiring obm', '/faq/red-flags-when-hiring-an-obm/'],
  ['how are obms paid', '/faq/how-are-obms-usually-paid/'],
  ['retainer or hourly', '/faq/retainer-or-hourly/'],
  ['what does obm stand for', '/faq/what-does-obm-stand-for/'],
  ['integrator', '/faq/what-is-an-integrator/'],
  ['first 30 days onboarding', '/articles/onboarding-the-first-30-days/'],
  ['glossary', '/articles/glossary/'],
  ['operations manager vs obm', '/compare/online-business-manager-vs-operations-manager/'],
  ['virtual assistant or project manager', '/compare/project-manager-vs-virtual-assistant/'],
  ['signs i need an online business manager', '/articles/signs-you-need-an-online-business-manager/'],
  // A misspelling and a plural: Pagefind matches on stems and prefixes.
  ['onboardin a project manger', '/articles/onboarding-the-first-30-days/'],
  ['retainers', '/faq/what-does-an-obm-retainer-cover/'],
  [
    'virtual assistants',
    [
      '/faq/what-is-a-virtual-assistant/',
      '/articles/pm-obm-or-va/',
      '/compare/project-manager-vs-virtual-assistant/',
      '/compare/online-business-manager-vs-virtual-assistant/',
    ],
  ],
];

describe('search finds the answer in the top three', () => {
  it.each(questions)('“%s” → %s', async (query, expected) => {
    const top = await topUrls(query);
    const answers = Array.isArray(expected) ? expected : [expected];
    // A comparison is answered by its page or by one of its row pages.
    const answered = (url: string) =>
      answers.some((answer) => url === answer || (answer.startsWith('/compare/') && url.startsWith(answer)));
    expect(top.some(answered), `top three: ${top.join(', ')}`).toBe(true);
  });
});

describe('search filters', () => {
  it('lists the content types and roles with counts', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters.type ?? {})).toEqual(expect.arrayContaining(['Article', 'FAQ', 'Comparison']));
    expect(Object.keys(filters.role ?? {})).toEqual(expect.arrayContaining(['PM', 'OBM', 'VA']));
  });

  it('narrows results to one type', async () => {
    const all = await pagefind.search('hiring');
    const faqs = await pagefind.search('hiring', { filters: { type: 'FAQ' } });
    expect(faqs.results.length).toBeGreaterThan(0);
    expect(faqs.results.length).toBeLessThan(all.results.length);
    const urls = await topUrls('hiring', { type: 'FAQ' }, 20);
    expect(urls.every((url) => url.startsWith('/faq/'))).toBe(true);
  });

  it('narrows results to one role', async () => {
    const urls = await topUrls('manager', { role: 'VA' }, 50);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).not.toContain('/articles/what-a-project-manager-does/');
  });
});

describe('what is indexed', () => {
  it('leaves out navigation, breadcrumbs, contents lists and copy-link labels', async () => {
    const response = await pagefind.search(null, { filters: { type: { any: ['Article', 'Comparison'] } } });
    const pages = await Promise.all(response.results.map((result) => result.data()));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.content, page.url).not.toMatch(/Copy link|Skip to content|On this page|Home \/ /);
    }
  });
  it('gives the page title as the result title', async () => {
    const [first] = (await pagefind.search('does an obm do the work')).results;
    const data = await first?.data();
    expect(data?.meta.title).toBe('Does an OBM do the work or just manage it?');
  });
});
