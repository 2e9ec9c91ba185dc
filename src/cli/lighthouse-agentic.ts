/**
 * `npm run lighthouse:agentic`: Lighthouse 13's Agentic Browsing category (llms.txt, WebMCP forms,
 * agent accessibility) with the four usual categories, on mobile, against the built dist/ served
 * with its _headers. Not part of `npm test`: a measurement to read, not a gate.
 *
 *   npm run build && npm run lighthouse:agentic [-- /path/ /other/]
 *
 * Chromium needs WebMCP switched on for the WebMCP audits to apply (the flags below).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import agenticConfig from 'lighthouse/core/config/agentic-browsing-config.js';
import { findChrome, offlineChromeFlags } from './support/chrome.ts';
import { serveStatic } from './support/static-server.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages =
  paths.length > 0
    ? paths
    : ['/', '/compare/project-manager-vs-online-business-manager/', '/faq/does-an-obm-do-the-work/'];
const categories = ['agentic-browsing', 'performance', 'accessibility', 'best-practices', 'seo'];

const { server, url } = await serveStatic({ root: 'dist', headers: 'cloudflare' });
const chrome = await chromeLauncher.launch({
  chromePath: findChrome(),
  chromeFlags: [
    '--headless=new',
    ...offlineChromeFlags,
    '--enable-experimental-web-platform-features',
    '--enable-features=WebMCP,WebMCPTesting,DevToolsWebMCPSupport',
  ],
});

type Audit = {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
};
const summary: Record<string, unknown>[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(
      new URL(path.slice(1), url).href,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, formFactor: 'mobile' },
      agenticConfig,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? null]));
    console.log(`\n${path}`);
    console.table(
      Object.fromEntries(
        Object.entries(scores).map(([id, score]) => [id, score === null ? 'n/a' : Math.round(score * 100)]),
      ),
    );
    const agentic = lhr.categories['agentic-browsing']?.auditRefs ?? [];
    const rows = agentic.map((ref) => {
      const audit = lhr.audits[ref.id] as Audit;
      const verdict =
        audit.scoreDisplayMode === 'notApplicable'
          ? 'not applicable'
          : audit.score === null
            ? audit.scoreDisplayMode
            : audit.score >= 0.9
              ? 'pass'
              : 'fail';
      const items = audit.details?.items ?? [];
      const named = items.map((item) => item.name ?? item.toolName ?? item.url).filter(Boolean);
      const detail = audit.displayValue || (items.length ? `${items.length} item(s) ${named.join(', ')}`.trim() : '');
      return { audit: ref.id, verdict, detail };
    });
    console.table(rows);
    summary.push({ path, scores, agentic: rows });
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(JSON.stringify(summary));
