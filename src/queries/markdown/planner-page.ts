/** The budget planner's Markdown twin: its note and the same tables the page shows without JavaScript. */
import { getCollection } from 'astro:content';
import type { RootContent } from 'mdast';
import { evidenceText } from '../../lib/planner/describe';
import { roleTable } from '../../lib/planner/role-table';
import { hoursPerDay } from '../../lib/planner/workload';
import { heading, link, list, paragraph, table } from '../../lib/markdown/nodes';
import { pageDocument } from '../../lib/markdown/page-document';
import { paths } from '../../lib/content/urls';
import { plannerPage } from '../planner';
import type { MarkdownPage } from './content-pages';
import { citedSources, urlOf } from './context';

export async function plannerMarkdown(): Promise<MarkdownPage> {
  const [{ page, roles, figures, affordability }, rates] = await Promise.all([plannerPage(), getCollection('rates')]);
  const path = paths.planner();
  const example = `${urlOf(path)}?roles=obm,va&hours=20&months=3`;
  const body: RootContent[] = [
    paragraph(page.intro),
    paragraph(
      `These are published examples, not quotes and not a market survey: ${evidenceText(figures)}. Currencies stay as published, never converted. A day counts as ${hoursPerDay} hours and a month as 52/12 weeks.`,
    ),
    paragraph(
      'With JavaScript, the page works out any plan; a plan is a link with the roles, hours a month (or days a week) and months, for example ',
      link(example, example),
      `. Roles: ${roles.map((role) => `${role.id} (${role.abbreviation})`).join(', ')}.`,
    ),
    heading(2, `Every figure at ${page.workloads.join(', ')} hours a month`),
  ];
  for (const role of roles) {
    const rows = roleTable(role, figures, page.workloads, page.defaults.months);
    body.push(heading(3, `${role.name} (${role.abbreviation})`), paragraph(role.charges));
    if (rows.rows.length > 0) {
      body.push(
        table([
          ['Published figure', ...page.workloads.map((hours) => `${hours} hours`)],
          ...rows.rows.map((row) => [`${row.credit}: ${row.published}. ${row.what}.`, ...row.cells]),
          ...rows.summaries.map((summary) => [summary.label, ...summary.cells]),
        ]),
        list(rows.rows.map((row) => [link(row.url, row.credit), `: ${row.published}`])),
      );
    } else body.push(paragraph('No published figure for this role yet.'));
    if (rows.minimums.length > 0) {
      body.push(paragraph(`Minimum commitments published for this role: ${rows.minimums.join('; ')}.`));
    }
    body.push(paragraph(link(urlOf(role.article.path), `How ${role.abbreviation}s charge: ${role.article.title}`)));
  }
  body.push(
    paragraph(
      'Not sure which role you need? Take ',
      link(urlOf(paths.guide()), 'the decision guide'),
      ', and read ',
      link(urlOf(affordability.path), affordability.title),
      ' before you commit.',
    ),
  );
  return {
    path,
    title: page.title,
    description: page.description,
    markdown: pageDocument({
      title: page.title,
      description: page.description,
      url: urlOf(path),
      body,
      sources: await citedSources(rates.map((rate) => rate.data.source)),
    }),
  };
}
