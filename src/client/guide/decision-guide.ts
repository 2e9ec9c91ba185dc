/*
 * <decision-guide>: the questions are a plain form, and the scoring key on the page lets a reader
 * work the result out by hand. This element adds the instant result, and keeps the answers in the
 * address (`?a=`) so a result can be shared and reopened.
 */
import { encodeAnswers, parseAnswers } from '../../lib/guide/guide-answers';
import type { GuidePayload } from '../../lib/guide/guide-payload';
import { scoreAnswers } from '../../lib/guide/guide-scoring';

function part(root: ParentNode, name: string): HTMLElement {
  const element = root.querySelector(`[data-guide-${name}]`);
  if (!(element instanceof HTMLElement)) throw new Error(`decision guide: missing [data-guide-${name}]`);
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

class DecisionGuide extends HTMLElement {
  connectedCallback() {
    const guide = JSON.parse(this.querySelector('#guide-data')?.textContent ?? '') as GuidePayload;
    const form = this.querySelector('form');
    if (!form) return;
    const results = new Map(guide.results.map((result) => [result.id, result]));
    const prompt = part(this, 'title').textContent;

    const choices = () =>
      guide.questions.map((question) => {
        const group = form.elements.namedItem(question.id);
        return (group instanceof RadioNodeList && group.value) || undefined;
      });

    const render = () => {
      const answers = choices();
      const encoded = encodeAnswers(guide, answers);
      const url = new URL(window.location.href);
      if (encoded) url.searchParams.set('a', encoded);
      else url.searchParams.delete('a');
      // Replace, not push: each click is not a page the Back button should step through.
      window.history.replaceState(window.history.state, '', url);

      const outcome = scoreAnswers(guide, answers);
      const result = outcome.result === undefined ? undefined : results.get(outcome.result);
      part(this, 'details').hidden = !result;
      part(this, 'copied').textContent = '';
      if (!result) {
        part(this, 'title').textContent = prompt;
        part(this, 'count').textContent = '';
        return;
      }
      part(this, 'title').textContent = `${result.title} (${result.label})`;
      part(this, 'count').textContent = `Based on ${outcome.answered} of ${guide.questions.length} answers.`;
      part(this, 'summary').textContent = result.summary;
      part(this, 'reasons').replaceChildren(
        ...outcome.reasons.map((answer) => {
          const item = document.createElement('li');
          const source = document.createElement('span');
          source.className = 'mt-1 block text-sm';
          source.append('Backed by: ', link(answer.href, answer.source));
          item.append(answer.reason, source);
          return item;
        }),
      );
      part(this, 'next').replaceChildren(
        ...result.next.map((step) => {
          const item = document.createElement('li');
          item.append(link(step.href, step.text));
          return item;
        }),
      );
      part(this, 'totals').textContent = guide.tieOrder
        .map((id) => `${results.get(id)?.label} ${outcome.totals[id] ?? 0}`)
        .join(' · ');
      // The result's own page, carrying the answers: it unfurls as the result and shows the reasons.
      const resultUrl = new URL(result.page, window.location.href);
      resultUrl.searchParams.set('a', encoded);
      const share = part(this, 'share');
      if (share instanceof HTMLAnchorElement) share.href = resultUrl.href;
      share.textContent = resultUrl.href;
    };

    // The address wins over anything the browser restored; unknown parts of `a=` are skipped.
    const restored = parseAnswers(guide, new URLSearchParams(window.location.search).get('a'));
    guide.questions.forEach((question, index) => {
      for (const input of form.querySelectorAll(`input[name="${question.id}"]`)) {
        if (input instanceof HTMLInputElement) input.checked = input.value === restored.choices[index];
      }
    });
    // A link made before the guide changed: say so, and show the result of the answers that still apply.
    const changed = part(this, 'changed');
    changed.hidden = restored.stale === 0;
    changed.textContent =
      restored.stale === 1
        ? 'The guide has changed since this link was made: one of its answers no longer applies, so the result uses the others.'
        : `The guide has changed since this link was made: ${restored.stale} of its answers no longer apply, so the result uses the others.`;

    form.addEventListener('change', render);
    // The result is already on screen; a browser that submits on Enter would only reload the page.
    form.addEventListener('submit', (event) => event.preventDefault());
    // The reset event fires before the radios clear.
    form.addEventListener('reset', () => setTimeout(render));
    part(this, 'copy').addEventListener('click', () => {
      const status = part(this, 'copied');
      // Inside a promise, so a browser without the clipboard API lands in the same catch.
      Promise.resolve(part(this, 'share').textContent ?? '')
        .then((text) => navigator.clipboard.writeText(text))
        .then(() => (status.textContent = 'Link copied.'))
        .catch(() => (status.textContent = 'Could not copy. Select the link above and copy it instead.'));
    });
    render();
  }
}

customElements.define('decision-guide', DecisionGuide);
