import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import GuideQuestion from '../../src/components/guide/GuideQuestion.astro';
import GuideResult from '../../src/components/guide/GuideResult.astro';
import ScoringKey from '../../src/components/guide/ScoringKey.astro';
import guideFile from '../../src/content/guide.json';
import { guideSchema } from '../../src/lib/schemas/guide';
import { parseHtml } from '../support/dist';

const guide = guideSchema.parse(guideFile[0]);
const question = guide.questions[0]!;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('GuideQuestion', () => {
  it('is a fieldset with the numbered question as its legend and one native radio per answer', async () => {
    const doc = parseHtml(await container.renderToString(GuideQuestion, { props: { question, number: 3 } }));
    expect(doc.querySelector('fieldset > legend')?.textContent?.trim()).toBe(`3. ${question.question}`);
    const radios = [...doc.querySelectorAll('label > input[type="radio"]')];
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(question.answers.map((answer) => answer.key));
    expect(new Set(radios.map((radio) => radio.getAttribute('name')))).toEqual(new Set([question.id]));
    expect(radios[0]?.closest('label')?.textContent?.trim()).toBe(question.answers[0]?.label);
  });

  it('ties the hint to the question', async () => {
    const doc = parseHtml(await container.renderToString(GuideQuestion, { props: { question, number: 1 } }));
    const hint = doc.getElementById(doc.querySelector('fieldset')?.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent?.trim()).toBe(question.hint);
  });
});

describe('GuideResult', () => {
  it('is a section under a heading, with a polite live region and the scoring key one link away', async () => {
    const doc = parseHtml(await container.renderToString(GuideResult, { props: { scoringKeyId: 'key' } }));
    const section = doc.querySelector('section');
    expect(doc.getElementById(section?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Your result');
    expect(section?.querySelector('[aria-live="polite"]')?.textContent).toContain('Answer a question');
    expect(section?.querySelector('a[href="#key"]')).not.toBeNull();
  });
});

describe('ScoringKey', () => {
  const render = async () =>
    parseHtml(
      await container.renderToString(ScoringKey, {
        props: { guide, linkLabels: new Map([[question.answers[0]!.link, 'Projects at a time']]), id: 'key' },
      }),
    );

  it('lists every answer with the points it adds, in tie order', async () => {
    const doc = await render();
    const rows = [...doc.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('th[scope="row"]'));
    expect(rows).toHaveLength(guide.questions.flatMap((q) => q.answers).length);
    const labels = new Map(guide.results.map((result) => [result.id, result.label]));
    const first = question.answers[0]!;
    const expected = guide.tieOrder
      .filter((id) => first.points[id])
      .map((id) => `${labels.get(id)} +${first.points[id]}`);
    expect([...rows[0]!.querySelectorAll('td li')].map((li) => li.textContent?.trim())).toEqual(expected);
    expect(rows[0]!.querySelector('th a')?.textContent).toBe('Projects at a time');
  });

  it('states the tie order and explains every result with a next step', async () => {
    const doc = await render();
    const order = guide.tieOrder.map((id) => guide.results.find((result) => result.id === id)?.label).join(', ');
    expect(doc.querySelector('section')?.textContent).toContain(order);
    expect(doc.querySelectorAll('dl > div')).toHaveLength(guide.results.length);
    expect([...doc.querySelectorAll('dl a')].map((a) => a.getAttribute('href'))).toEqual(
      guide.tieOrder.flatMap((id) => guide.results.find((result) => result.id === id)?.next.map((s) => s.href) ?? []),
    );
  });
});
