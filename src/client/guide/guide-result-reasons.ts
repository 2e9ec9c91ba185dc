/*
 * <guide-result-reasons> on a result's own page: when the address carries the reader's answers
 * (`?a=`, as "Share my result" makes it), lists the ones that point to this result and links back
 * to the guide with them filled in. Without the answers or without JavaScript, the page shows the
 * result's general reasons only.
 */
import { parseAnswers } from '../../lib/guide/guide-answers';

/** What a result page serialises into #guide-result-data. */
interface ResultPayload {
  result: string;
  legacyLinkOrder: string[];
  questions: { id: string; key: string; answers: { key: string; label: string; counts: boolean }[] }[];
}

class GuideResultReasons extends HTMLElement {
  connectedCallback() {
    const value = new URLSearchParams(window.location.search).get('a');
    const section = this.querySelector('[data-your-reasons]');
    const list = this.querySelector('[data-list]');
    const change = this.querySelector('a[data-change]');
    if (!value || !(section instanceof HTMLElement) || !list) return;
    const guide = JSON.parse(this.querySelector('#guide-result-data')?.textContent ?? '{}') as ResultPayload;
    const { choices } = parseAnswers(guide, value);
    const chosen = guide.questions.flatMap((question, index) =>
      question.answers.filter((answer) => answer.key === choices[index] && answer.counts),
    );
    if (!chosen.length) return;
    list.replaceChildren(
      ...chosen.map((answer) => {
        const item = document.createElement('li');
        item.textContent = answer.label;
        return item;
      }),
    );
    if (change instanceof HTMLAnchorElement) {
      const guideUrl = new URL(change.href);
      guideUrl.searchParams.set('a', value);
      change.href = guideUrl.href;
    }
    section.hidden = false;
  }
}

customElements.define('guide-result-reasons', GuideResultReasons);
