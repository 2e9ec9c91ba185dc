import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ComparisonTable from '../../src/components/compare/ComparisonTable.astro';
import type { Comparison, RoleEntry } from '../../src/queries/comparisons';
import { parseHtml } from '../support/dist';

const role = (id: string, name: string, abbreviation: string): RoleEntry => ({
  id,
  collection: 'roles',
  data: {
    id,
    name,
    abbreviation,
    definition: `${name} definition text.`,
    implements: false,
    scope: 'projects',
    aliases: [],
    sources: [],
  },
});

const subjects = [role('pm', 'Project Manager', 'PM'), role('obm', 'Online Business Manager', 'OBM')];

const comparison = {
  id: 'pm-vs-obm',
  collection: 'comparisons',
  data: {
    title: 'PM vs OBM',
    description: 'A test comparison.',
    subjects: [
      { collection: 'roles', id: 'pm' },
      { collection: 'roles', id: 'obm' },
    ],
    verdict: 'Verdict.',
    related: [],
    faqs: [],
    published: new Date('2026-11-20'),
    rows: [
      {
        id: 'projects',
        dimension: 'Projects',
        key: true,
        values: { pm: 'One to three', obm: 'All' },
        context: 'c',
        sources: [],
        aliases: [],
      },
      {
        id: 'tools',
        dimension: 'Tools',
        key: false,
        values: { pm: 'Boards', obm: 'Everything' },
        context: 'c',
        sources: [],
        aliases: [],
      },
      {
        id: 'scope',
        dimension: 'Scope',
        key: true,
        values: { pm: 'Projects', obm: 'Business' },
        context: 'c',
        sources: [],
        aliases: [],
      },
    ],
  },
} as unknown as Comparison;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(ComparisonTable, { props: { comparison, subjects, ...props } });
  return parseHtml(html);
}

describe('ComparisonTable', () => {
  it('is a captioned table with a column header per subject, named in full', async () => {
    const doc = await render({ standalone: true });
    expect(doc.querySelector('table caption')?.textContent).toContain('PM vs OBM');
    const columns = [...doc.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim());
    expect(columns).toEqual(['Dimension', 'Project Manager (PM)', 'Online Business Manager (OBM)']);
  });

  it('gives every row a row header, its stable id and one cell per subject', async () => {
    const doc = await render({ standalone: true });
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.id)).toEqual(['projects', 'tools', 'scope']);
    for (const tr of rows) {
      expect(tr.querySelectorAll('th[scope="row"]')).toHaveLength(1);
      expect(tr.querySelectorAll('td')).toHaveLength(2);
    }
    expect(rows.filter((tr) => tr.hasAttribute('data-key')).map((tr) => tr.id)).toEqual(['projects', 'scope']);
  });

  it('puts the table in a labelled, focusable scroll region (a section, so a region landmark)', async () => {
    const doc = await render({ standalone: true });
    const region = doc.querySelector('section.table-scroll');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(doc.getElementById(region?.getAttribute('aria-labelledby') ?? '')?.tagName).toBe('CAPTION');
  });

  it('offers a copy-link per row that falls back to the row anchor', async () => {
    const doc = await render({ standalone: true });
    const link = doc.querySelector('#tools a[data-copy]');
    expect(link?.getAttribute('href')).toBe('#tools');
    expect(link?.getAttribute('data-url')).toMatch(/^https?:\/\/.+\/compare\/pm-vs-obm\/tools\/$/);
    expect(doc.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('renders only the requested rows when embedded, linking each to the full table', async () => {
    const doc = await render({ rows: ['scope', 'projects'] });
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.querySelector('th')?.textContent?.trim())).toEqual(['Projects', 'Scope']);
    expect(rows.every((tr) => tr.id === '')).toBe(true);
    expect(rows[1]?.querySelector('a')?.getAttribute('href')).toBe('/compare/pm-vs-obm/#scope');
    expect(doc.querySelector('input.key-only')).toBeNull();
  });
});
