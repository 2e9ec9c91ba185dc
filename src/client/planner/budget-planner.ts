/**
 * <budget-planner>: reads the plan from the URL (or the form), works out each chosen role's costs
 * with the same code as the page's tables, shows them and announces a summary. The plan is kept in
 * the address bar, so the page's URL is always the link to it.
 */
import { withBase } from '../../lib/content/urls';
import {
  creditText,
  groupAmounts,
  groupText,
  pricedText,
  publishedText,
  rangeText,
  unpricedText,
  workloadText,
} from '../../lib/planner/describe';
import { estimateRole, type FigureEstimate, type RoleEstimate } from '../../lib/planner/estimate';
import type { PlannerFigure, PlannerRole } from '../../lib/planner/figure';
import { parsePlan, planQuery, workloadOf, type Plan, type PlanDefaults } from '../../lib/planner/plan-url';

interface PlannerData {
  roles: PlannerRole[];
  figures: PlannerFigure[];
  defaults: PlanDefaults;
  base: string;
}

const part = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`budget-planner: no ${selector}`);
  return found;
};

const clone = (template: HTMLTemplateElement): HTMLElement =>
  template.content.firstElementChild?.cloneNode(true) as HTMLElement;

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

/** "PM: $600–$3,100 a month (3 figures)": one line a role, for the live region. */
function spoken(role: PlannerRole, estimate: RoleEstimate): string {
  if (estimate.groups.length === 0) return `${role.abbreviation}: no published figure prices these hours.`;
  const groups = estimate.groups.map(
    (group) =>
      `${rangeText(group.perMonth, group.currency)} a month (${group.figures.length < 2 ? 'one figure only' : `${group.figures.length} figures`})`,
  );
  return `${role.abbreviation}: ${groups.join(' and ')}.`;
}

class BudgetPlanner extends HTMLElement {
  private data!: PlannerData;
  private form!: HTMLFormElement;

  connectedCallback(): void {
    this.data = JSON.parse(part(this, 'script[data-planner-data]').textContent ?? '{}') as PlannerData;
    this.form = part(this, 'form');
    const { plan, notes } = parsePlan(window.location.search, this.roleIds(), this.data.defaults);
    this.fill(plan);
    this.show(plan, notes);
    this.form.addEventListener('change', () => this.update());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
  }

  private roleIds(): string[] {
    return this.data.roles.map((role) => role.id);
  }

  /** The form shows the plan that is shown, so a restored link can be changed from where it was. */
  private fill(plan: Plan): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="roles"]')) {
      box.checked = plan.roles.includes(box.value);
    }
    part<HTMLInputElement>(this.form, 'input[name="hours"]').value = String(plan.hours);
    part<HTMLInputElement>(this.form, 'input[name="days"]').value = plan.days === undefined ? '' : String(plan.days);
    part<HTMLInputElement>(this.form, 'input[name="months"]').value = String(plan.months);
  }

  private update(): void {
    const fields = new FormData(this.form);
    const params = new URLSearchParams();
    params.set('roles', fields.getAll('roles').join(','));
    for (const name of ['hours', 'days', 'months']) params.set(name, String(fields.get(name) ?? ''));
    const { plan, notes } = parsePlan(params, this.roleIds(), this.data.defaults);
    window.history.replaceState(null, '', `?${planQuery(plan)}`);
    this.show(plan, notes);
  }

  private show(plan: Plan, notes: string[]): void {
    const workload = workloadOf(plan);
    const roles = this.data.roles.filter((role) => plan.roles.includes(role.id));
    const estimates = roles.map((role) => estimateRole(role.id, this.data.figures, workload));

    const noteList = part<HTMLUListElement>(this, '[data-planner-notes]');
    noteList.replaceChildren(...notes.map(item));
    noteList.hidden = notes.length === 0;

    const list = part(this, '[data-planner-roles]');
    list.replaceChildren(...roles.map((role, index) => this.roleSection(role, estimates[index] as RoleEstimate)));

    const share = part<HTMLAnchorElement>(this, '[data-planner-share]');
    share.href = `${window.location.origin}${window.location.pathname}?${planQuery(plan)}`;
    share.textContent = share.href;

    const summary = roles.map((role, index) => spoken(role, estimates[index] as RoleEstimate)).join(' ');
    part(this, '[data-planner-status]').textContent = `For ${workloadText(workload)}: ${summary}`;
  }

  private roleSection(role: PlannerRole, estimate: RoleEstimate): HTMLElement {
    const section = clone(part(this, 'template[data-planner-role]'));
    part(section, '[data-name]').textContent = `${role.name} (${role.abbreviation})`;
    part(section, '[data-charges]').textContent = role.charges;

    const groups = estimate.groups.map((group) => groupText(group, estimate.workload.months));
    if (groups.length === 0) groups.push('No published figure prices these hours; see the figures below.');
    part(section, '[data-groups]').replaceChildren(...groups.map(item));

    if (estimate.minimums.length > 0) {
      const minimums = part<HTMLElement>(section, '[data-minimums]');
      const published = estimate.minimums.map((figure) => `${creditText(figure)}: ${publishedText(figure)}`);
      const at = estimate.atMinimums;
      const raised = at
        ? ` At those minimums, ${workloadText(at.workload)}: ${at.groups.map((group) => groupAmounts(group, `for ${at.workload.months} months`)).join('; ')}.`
        : '';
      minimums.textContent = `Minimum commitments published for this role: ${published.join('; ')}.${raised}`;
      minimums.hidden = false;
    }

    const figures = this.data.figures.filter((figure) => figure.role === role.id && figure.basis !== 'minimum');
    const estimates: FigureEstimate[] = [...estimate.groups.flatMap((group) => group.figures), ...estimate.unpriced];
    part(section, '[data-figures]').replaceChildren(
      ...figures.map((figure) => {
        const li = clone(part(this, 'template[data-planner-figure]'));
        const credit = part<HTMLAnchorElement>(li, '[data-credit]');
        credit.href = figure.source.url;
        credit.textContent = creditText(figure);
        part(li, '[data-published]').textContent = `${publishedText(figure)} (${figure.what})`;
        const found = estimates.find((candidate) => candidate.figure.id === figure.id);
        part(li, '[data-priced]').textContent = !found
          ? ''
          : found.status === 'priced'
            ? pricedText(found)
            : unpricedText(found);
        return li;
      }),
    );

    const article = part<HTMLAnchorElement>(section, '[data-article]');
    article.href = withBase(role.article.path, this.data.base);
    article.textContent = `How ${role.abbreviation}s charge: ${role.article.title}`;
    return section;
  }
}

customElements.define('budget-planner', BudgetPlanner);
