import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

// WebMCP is still behind a flag in Chromium (https://playwright.dev/docs/api/class-webmcp).
const site = useBuiltSite({ headers: true, chromeArgs: ['--enable-features=WebMCP'] });

describe('the search form as a WebMCP tool', () => {
  it('is registered from its declarative attributes, with a described query parameter', async () => {
    const { page, context } = await site.open('/faq/does-an-obm-do-the-work/');
    const tools = await page.webmcp.tools();
    const search = tools.find((tool) => tool.name === 'searchKnowledgeBase');
    expect(search?.description).toMatch(/Searches the PM or OBM knowledge base/);
    const schema = search?.inputSchema as { properties?: Record<string, { description?: string }> } | undefined;
    expect(schema?.properties?.q?.description).toMatch(/Words or a question to search for/);
    await context.close();
  });

  it('runs as the same GET request a reader makes, landing on the results page', async () => {
    const { page, context } = await site.open('/');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'retainer'),
      // The submit navigates away from the page that ran the tool, which may end the call without a result.
      page.webmcp.callTool('searchKnowledgeBase', { q: 'retainer' }).catch(() => undefined),
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    await context.close();
  });
});
