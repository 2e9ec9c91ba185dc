/** The budget planner's content: its page, its roles and every published figure with its source. */
import { getCollection, getEntry } from 'astro:content';
import type { PlannerFigure, PlannerRole } from '../lib/planner/figure';
import { ratesStatedIn, type RateAmounts } from '../lib/planner/money-figures';
import { isoDate } from '../lib/content/dates';
import { paths } from '../lib/content/urls';
import type { Planner } from '../lib/schemas/planner';
import type { NamedRole } from '../lib/search/hints';
import { referenceId } from '../lib/schemas/reference';
import { assertReferencesResolve } from './references';

const file = 'src/content/planner.json';

export interface PlannerPage {
  page: Omit<Planner, 'roles' | 'affordability'>;
  roles: PlannerRole[];
  figures: PlannerFigure[];
  affordability: { path: string; title: string };
  /** The offered roles with every name a reader may search them by. */
  searchRoles: NamedRole[];
}

async function articleLink(ref: unknown): Promise<{ path: string; title: string }> {
  const id = referenceId(ref);
  const article = await getEntry('articles', id);
  if (!article) throw new Error(`${file}: names article "${id}", which does not exist`);
  return { path: paths.article(id), title: article.data.title };
}

let loaded: Promise<PlannerPage> | undefined;

export function plannerPage(): Promise<PlannerPage> {
  loaded ??= (async () => {
    await assertReferencesResolve();
    const [entry, rates, sources, roles] = await Promise.all([
      getEntry('planner', 'planner'),
      getCollection('rates'),
      getCollection('sources'),
      getCollection('roles'),
    ]);
    if (!entry) throw new Error(`${file} has no entry with "id": "planner"`);
    const { roles: plannerRoles, affordability, ...page } = entry.data;
    const roleIds = plannerRoles.map((role) => referenceId(role.role));
    page.defaults.roles.forEach((id, index) => {
      if (!roleIds.includes(id)) {
        throw new Error(
          `${file}: defaults.roles[${index}] names "${id}", which is not one of its roles (${roleIds.join(', ')})`,
        );
      }
    });
    const sourceById = new Map(sources.map((source) => [source.id, source.data]));
    const roleById = new Map(roles.map((role) => [role.id, role.data]));
    const figures = rates
      .map((rate): PlannerFigure => {
        const source = sourceById.get(referenceId(rate.data.source));
        if (!source) throw new Error(`${rate.filePath}: source names a source that does not exist`);
        const { data } = rate;
        return {
          id: rate.id,
          role: referenceId(data.role),
          basis: data.basis,
          what: data.what,
          asOf: data.asOf,
          region: data.region,
          ...('currency' in data
            ? { low: data.low, high: data.high, orMore: data.orMore, currency: data.currency }
            : {}),
          ...('includes' in data ? { includes: data.includes } : {}),
          ...('minimum' in data ? { minimum: data.minimum } : {}),
          source: { name: source.author ?? source.publisher, url: source.url, read: isoDate(source.read) },
          publisher: source.publisher,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    const searchRoles = plannerRoles.flatMap((plannerRole) => roleById.get(referenceId(plannerRole.role)) ?? []);
    return {
      page,
      figures,
      searchRoles,
      affordability: await articleLink(affordability),
      roles: await Promise.all(
        plannerRoles.map(async (plannerRole): Promise<PlannerRole> => {
          const id = referenceId(plannerRole.role);
          const role = roleById.get(id);
          if (!role) throw new Error(`${file}: names role "${id}", which does not exist`);
          return {
            id,
            name: role.name,
            abbreviation: role.abbreviation,
            soldBy: plannerRole.soldBy,
            charges: plannerRole.charges,
            article: await articleLink(plannerRole.article),
          };
        }),
      ),
    };
  })();
  return loaded;
}

let amounts: Promise<(RateAmounts & { role: string })[]> | undefined;

/**
 * The roles whose published figures a page states (the figures of rate entries from sources the page
 * cites): such a page links to the planner with those roles chosen. Empty for any other page.
 */
export async function plannerRolesStatedIn(body: string, sources: readonly unknown[]): Promise<string[]> {
  amounts ??= getCollection('rates').then((rates) =>
    rates.flatMap((rate) =>
      rate.data.basis === 'minimum'
        ? []
        : [
            {
              id: rate.id,
              role: referenceId(rate.data.role),
              sources: [rate.data.source, ...rate.data.alsoIn].map(referenceId),
              currency: rate.data.currency,
              low: rate.data.low,
              high: rate.data.high,
            },
          ],
    ),
  );
  const rates = await amounts;
  const stated = new Set(ratesStatedIn(body, sources.map(referenceId), rates));
  return [...new Set(rates.filter((rate) => stated.has(rate.id)).map((rate) => rate.role))];
}
