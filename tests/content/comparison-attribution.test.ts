import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCollection } from './load-content';

// A comparison's verdict and rows read as settled fact. Where a figure or a definition rests on one
// source, the reader must see whose it is (issue 27: "one to three projects" is Indigo Colton's view,
// stated without her name in six places).

interface SourceFile {
  id: string;
  author?: string;
  publisher: string;
}
interface Row {
  id: string;
  values: Record<string, string>;
  context: string;
  sources: string[];
}

const sourcesDir = join(import.meta.dirname, '../../src/content/sources');
const sourceById = new Map(
  readdirSync(sourcesDir).map((name) => {
    const id = name.replace(/\.json$/, '');
    return [id, { id, ...(JSON.parse(readFileSync(join(sourcesDir, name), 'utf8')) as Omit<SourceFile, 'id'>) }];
  }),
);
const comparisons = loadCollection('comparisons');

/** The names a sentence can use for a source: its author's surname or its publisher. */
function namesOf(id: string): string[] {
  const source = sourceById.get(id);
  if (!source) throw new Error(`unknown source ${id}`);
  return [source.publisher, ...(source.author ? [source.author.split(' ').at(-1)!] : [])];
}
const names = (text: string, ids: string[]) => ids.some((id) => namesOf(id).some((name) => text.includes(name)));

/**
 * Claims known to rest on a single source, each with the source that must be named beside it
 * wherever a verdict or row states it.
 */
const singleSourceClaims = [
  // A PM's load: Indigo Colton's figure; others set no number.
  { claim: /\b(one to three|1 ?[-–] ?3) (\w+ ){0,4}projects\b/i, source: 'indigo-colton-pm-vs-obm' },
  // The OBM who does part of the work: Colton's definition; Tina Forsyth and Sarah Noked teach the opposite.
  {
    claim: /\b(doing|does|do) part of the work\b|\bmanages? and (also )?(does|implements)\b/i,
    source: 'indigo-colton-pm-vs-obm',
  },
  // What some of Monica Rysavy's clients had paid, not a market ceiling.
  { claim: /\$6,?000|\$6K/i, source: 'monica-rysavy-ops-roles-compared' },
  // The Metiss Group's failure rate for new Integrators.
  { claim: /30 to 40 ?(%|percent|per cent)/i, source: 'metiss-ready-for-an-integrator' },
];

/** A number a reader may take as a standard: digits or a spelled-out range ("one to three"). */
const count = '(one|two|three|four|five|six|seven|eight|nine|ten|\\d+)';
const statesNumber = new RegExp(`\\d|\\b${count} (to|or) ${count}\\b`, 'i');

/** What the test finds wrong with one comparison: an empty list when every claim is attributed. */
function unattributedClaims(comparison: { file: string; data: Record<string, unknown> }): string[] {
  const rows = comparison.data.rows as Row[];
  const verdict = comparison.data.verdict as string;
  const cited = [...new Set(rows.flatMap((row) => row.sources))];
  const problems: string[] = [];
  const texts = [
    { where: 'verdict', text: verdict },
    ...rows.map((row) => ({ where: `row ${row.id}`, text: [...Object.values(row.values), row.context].join(' ') })),
  ];
  for (const { where, text } of texts) {
    for (const { claim, source } of singleSourceClaims) {
      const match = claim.exec(text);
      if (match && !names(text, [source])) {
        problems.push(`${comparison.file} ${where}: "${match[0]}" without naming ${namesOf(source).join(' or ')}`);
      }
    }
  }
  // A row resting on one source is that source's figure or definition, whatever it says.
  for (const row of rows.filter((r) => r.sources.length === 1)) {
    const text = [...Object.values(row.values), row.context].join(' ');
    if (!names(text, row.sources)) {
      problems.push(`${comparison.file} row ${row.id}: cites only ${row.sources[0]} and never names it`);
    }
  }
  // A verdict that gives a number must say whose number it is.
  if (statesNumber.test(verdict) && !names(verdict, cited)) {
    problems.push(`${comparison.file} verdict: states a number without naming one of its sources`);
  }
  return problems;
}

describe('comparison verdicts and rows say whose figure or definition they state', () => {
  it.each(comparisons.map((comparison) => [comparison.file, comparison] as const))('%s', (_, comparison) => {
    expect(unattributedClaims(comparison)).toEqual([]);
  });

  it('fails on the unattributed text issue 27 found', () => {
    const row = {
      id: 'number-of-projects',
      values: { pm: 'One to three of your most pressing projects.', obm: 'Everything in the business at once.' },
      context: 'A project manager goes deep on a handful of projects.',
      sources: ['indigo-colton-pm-vs-obm'],
    };
    const before = {
      file: 'old.mdx',
      data: {
        verdict:
          'A project manager suits you when one to three big projects need someone fully focused on them. An online business manager runs the whole business, doing part of the work too.',
        rows: [row],
      },
    };
    expect(unattributedClaims(before)).toHaveLength(5);
    const after = {
      file: 'new.mdx',
      data: {
        verdict:
          'Indigo Colton gives a project manager one to three big projects; in her view an online business manager runs the whole business, doing part of the work too.',
        rows: [{ ...row, context: `Indigo Colton's definition. ${row.context}` }],
      },
    };
    expect(unattributedClaims(after)).toEqual([]);
  });
});
