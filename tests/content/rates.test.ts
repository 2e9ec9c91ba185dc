/**
 * The rate entries (src/content/rates/) and the prose agree: every cost figure an article, FAQ or
 * comparison states is a rate entry from a source the page cites, or is listed below as not a rate
 * with the reason; and every entry's figures are stated by a page citing its source. Change a rate
 * in one place and this fails until the other matches.
 *
 * Why a test rather than the prose reading the entry: Astro renders a `.md` body once, at content
 * sync, and keeps it by that file's own digest, so a Markdown plugin putting a rate file's figure
 * into the text would not notice the rate file change and would serve the old figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { moneyFigures, ratesStatedIn, type RateAmounts } from '../../src/lib/planner/money-figures';
import { plannerSchema } from '../../src/lib/schemas/planner';
import { rateSchema, type Rate } from '../../src/lib/schemas/rate';
import { loadCollection } from './load-content';

const root = join(import.meta.dirname, '../..');
const content = join(root, 'src/content');

const ids = (folder: string, extension: RegExp) =>
  new Set(readdirSync(join(content, folder)).map((name) => name.replace(extension, '')));
const sourceIds = ids('sources', /\.json$/);
const articleIds = ids('articles', /\.mdx?$/);
const roleIds = new Set(
  (JSON.parse(readFileSync(join(content, 'roles.json'), 'utf8')) as { id: string }[]).map((role) => role.id),
);

const rateFiles = readdirSync(join(content, 'rates')).map((name) => ({
  file: `src/content/rates/${name}`,
  id: name.replace(/\.json$/, ''),
  raw: JSON.parse(readFileSync(join(content, 'rates', name), 'utf8')) as unknown,
}));
const schema = rateSchema({ role: z.string(), source: z.string() });
const rates = rateFiles.flatMap(({ file, id, raw }) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? [{ file, id, rate: parsed.data as Rate }] : [];
});
const prices = rates.flatMap(({ file, id, rate }) => (rate.basis === 'minimum' ? [] : [{ file, id, rate }]));

/** A page and the text its figures are read from: a comparison's rows (context too) are in its frontmatter. */
const pages = [
  ...loadCollection('articles').map((page) => ({ ...page, text: page.body, cited: page.data.sources as string[] })),
  ...loadCollection('faqs').map((page) => ({ ...page, text: page.body, cited: page.data.sources as string[] })),
  ...loadCollection('comparisons').map((page) => ({
    ...page,
    text: readFileSync(join(root, page.file), 'utf8'),
    cited: (page.data.rows as { sources: string[] }[]).flatMap((row) => row.sources),
  })),
];

/**
 * Money amounts in the prose that are not published rates, by file, with the reason. Written as the
 * page writes them; an amount listed here that the page no longer states fails the test.
 */
const notRates: { why: string; figures: Record<string, string[]> }[] = [
  {
    why: 'revenue at which practitioners say a role fits: a size of business, not a price',
    figures: {
      'src/content/articles/can-you-afford-an-online-business-manager.md': [
        '$10K',
        '$500K',
        '$5M',
        '$2M',
        '£150,000',
        '£750,000',
      ],
      'src/content/articles/does-a-small-business-need-a-coo.md': ['$500K', '$3M', '$5M', '$1.5m'],
      'src/content/articles/signs-you-need-an-online-business-manager.md': ['$10K', '£150,000', '£750,000'],
      'src/content/articles/what-an-eos-integrator-does.md': ['$5 million'],
      'src/content/articles/which-role-fits-your-business-stage.md': [
        '$10K',
        '£150,000',
        '£750,000',
        '$500K',
        '$2M',
        '$700K',
        '$3M',
        '$5M',
        '$5 million',
        '$1.5m',
        '$8m',
        '$10m',
      ],
      'src/content/articles/who-to-hire-first.md': ['£150,000', '£750,000', '$500K', '$5M', '$2M'],
      'src/content/comparisons/online-business-manager-vs-director-of-operations.mdx': ['£150,000', '£750,000'],
      'src/content/comparisons/online-business-manager-vs-fractional-coo.mdx': ['$2M', '$10M'],
      'src/content/faqs/can-i-afford-an-obm.md': ['$10,000'],
      'src/content/faqs/does-a-small-business-need-a-coo.md': ['$500,000', '$3 million', '$5 million'],
      'src/content/faqs/what-revenue-before-hiring-an-obm.md': [
        '$10,000',
        '£150,000',
        '£750,000',
        '$500,000',
        '$5 million',
        '$2 million',
      ],
    },
  },
  {
    why: "Crystal Coleman's Profit First example: a team budget worked out from $500,000 of revenue, not a price",
    figures: {
      'src/content/articles/can-you-afford-an-online-business-manager.md': ['$500,000', '$20,833', '$10,416'],
      'src/content/faqs/can-i-afford-an-obm.md': ['$500,000', '$10,400'],
    },
  },
  {
    why: 'HourTab prices small-business advisory retainers, a role the site does not cover; the article says they are not an OBM benchmark',
    figures: { 'src/content/articles/how-pms-and-obms-set-their-rates.md': ['$1,000', '$4,000', '$75', '$150'] },
  },
  {
    why: "the APVA survey's figure for 2017, given to show the rise; its 2018 figure is the entry (va-apva-survey-2018)",
    figures: {
      'src/content/articles/how-pms-and-obms-set-their-rates.md': ['£21'],
      'src/content/articles/paying-a-virtual-assistant.md': ['£21'],
    },
  },
  {
    why: "infocomm.ky's $92,111 a year put as an hourly wage: the salary is the entry (pm-infocomm-us-salary); an employee's pay an hour is not a price a PM charges",
    figures: { 'src/content/articles/freelance-project-managers.md': ['$45.87'] },
  },
  {
    why: "Andrew Wayland's contracting day rates: the rate schema has no day basis, and the planner cannot price one yet (it would show a day rate as a fee of unstated hours)",
    figures: { 'src/content/articles/freelance-project-managers.md': ['AU$700', 'AU$1,000'] },
  },
  {
    why: "our arithmetic (AU$700 a day times Wayland's 221 working days), given to compare with a salary, not a published rate",
    figures: { 'src/content/articles/freelance-project-managers.md': ['AU$155,000'] },
  },
  {
    why: "Invaluable VA's worked sum (an owner billing £100 an hour, a £25 VA): the FAQ says it is not a market rate",
    figures: { 'src/content/faqs/is-a-va-worth-the-cost.md': ['£100', '£25'] },
  },
];

const sourcesOfRate = (rate: Rate) => [rate.source, ...rate.alsoIn];
const amounts: RateAmounts[] = prices.map(({ id, rate }) => ({
  id,
  sources: sourcesOfRate(rate),
  currency: rate.currency,
  low: rate.low,
  high: rate.high,
}));

describe('rate entries', () => {
  it.each(rateFiles.map(({ file, raw }) => [file, raw] as const))('%s matches the rate schema', (file, raw) => {
    const result = schema.safeParse(raw);
    expect(result.error?.issues.map((issue) => `${file} ${issue.path.join('.')}: ${issue.message}`) ?? []).toEqual([]);
  });

  it("name a role and sources that exist, naming the file and field when they don't", () => {
    const broken = rates.flatMap(({ file, rate }) => [
      ...(roleIds.has(rate.role) ? [] : [`${file} role: no role "${rate.role}" in src/content/roles.json`]),
      ...[rate.source, ...rate.alsoIn]
        .map((source, index) => ({ source, field: index === 0 ? 'source' : `alsoIn[${index - 1}]` }))
        .filter(({ source }) => !sourceIds.has(source))
        .map(({ source, field }) => `${file} ${field}: no source "${source}" in src/content/sources/`),
    ]);
    expect(broken).toEqual([]);
  });

  it('are each stated, low and high, by a page that cites their source', () => {
    const unstated = prices.flatMap(({ file, rate }) => {
      const citing = pages.filter((page) => sourcesOfRate(rate).some((source) => page.cited.includes(source)));
      const stated = citing.some((page) => {
        const figures = moneyFigures(page.text).filter((figure) => figure.currency === rate.currency);
        return [rate.low, rate.high].every((amount) => figures.some((figure) => figure.amount === amount));
      });
      return stated ? [] : [`${file}: no page citing ${rate.source} states ${rate.currency} ${rate.low}-${rate.high}`];
    });
    expect(unstated).toEqual([]);
  });
});

describe('cost figures in the prose', () => {
  it('are each a rate entry from a source the page cites, or listed as not a rate with the reason', () => {
    const unexplained = pages.flatMap((page) => {
      const listed = new Set(notRates.flatMap((entry) => entry.figures[page.file] ?? []));
      // Both ends of an entry must be on the page: a revenue of "$10K" is not the top of a $6,000-$10,000 fee.
      const stated = new Set(ratesStatedIn(page.text, page.cited, amounts));
      const entries = amounts.filter((rate) => stated.has(rate.id));
      return moneyFigures(page.text)
        .filter((figure) => !listed.has(figure.text))
        .filter(
          (figure) =>
            !entries.some(
              (rate) =>
                rate.currency === figure.currency && (rate.low === figure.amount || rate.high === figure.amount),
            ),
        )
        .map(
          (figure) =>
            `${page.file}: "${figure.text}" matches no rate entry of a source the page cites (src/content/rates/); add one, fix the figure, or list it in notRates with the reason`,
        );
    });
    expect(unexplained).toEqual([]);
  });

  it('listed as not a rate are still on their page', () => {
    const stale = notRates.flatMap((entry) =>
      Object.entries(entry.figures).flatMap(([file, figures]) => {
        const page = pages.find((candidate) => candidate.file === file);
        const stated = new Set(page ? moneyFigures(page.text).map((figure) => figure.text) : []);
        return figures
          .filter((figure) => !stated.has(figure))
          .map((figure) => `${file}: "${figure}" is no longer stated`);
      }),
    );
    expect(stale).toEqual([]);
  });
});

describe('the planner', () => {
  it('names roles, articles and sources that exist, and defaults among its roles', () => {
    const [planner] = JSON.parse(readFileSync(join(content, 'planner.json'), 'utf8')) as unknown[];
    const parsed = plannerSchema({ role: z.string(), article: z.string(), source: z.string() }).parse(planner);
    const problems = [
      ...parsed.roles.flatMap((role, index) => [
        ...(roleIds.has(role.role) ? [] : [`roles[${index}].role: ${role.role}`]),
        ...(articleIds.has(role.article) ? [] : [`roles[${index}].article: ${role.article}`]),
        ...role.sources
          .filter((source) => !sourceIds.has(source))
          .map((source) => `roles[${index}].sources: ${source}`),
      ]),
      ...(articleIds.has(parsed.affordability) ? [] : [`affordability: ${parsed.affordability}`]),
      ...parsed.defaults.roles
        .filter((role) => !parsed.roles.some((offered) => offered.role === role))
        .map((role) => `defaults.roles: ${role}`),
    ];
    expect(problems).toEqual([]);
  });

  it('offers every role that has a rate entry', () => {
    const [planner] = JSON.parse(readFileSync(join(content, 'planner.json'), 'utf8')) as {
      roles: { role: string }[];
    }[];
    const offered = new Set(planner?.roles.map((role) => role.role));
    expect([...new Set(rates.map(({ rate }) => rate.role))].filter((role) => !offered.has(role))).toEqual([]);
  });
});
