/**
 * A made-up corpus for the build benchmark (`npm run bench`): articles shaped like the real ones
 * (about 800 words under headings, a list, a table, links, valid frontmatter naming real roles, tags
 * and related articles), filled with plausible filler. The same count always gives the same files.
 */
import { tagIds } from '../../lib/content/tags.ts';

export interface SyntheticArticle {
  id: string;
  /** The Markdown file (`.md`, as real articles without components are): frontmatter and body. */
  source: string;
}

export interface CorpusOptions {
  /** Role ids the frontmatter may name (`pm`, `obm`, ...). */
  roles: readonly string[];
  /** Site paths the body may link to besides other synthetic articles. */
  links: readonly string[];
  /** Source ids (files in src/content/sources/) the frontmatter cites. */
  sources: readonly string[];
}

const subjects = ['The owner', 'A project manager', 'An online business manager', 'The team', 'A virtual assistant'];
const verbs = ['plans', 'reviews', 'hands over', 'tracks', 'agrees on', 'writes down', 'checks', 'shares'];
const objects = [
  'the launch timeline',
  'the weekly priorities',
  'a clear brief',
  'the open questions',
  'the client handoff',
  'the budget for the quarter',
  'the standard operating procedures',
  'the list of risks',
];
const endings = [
  'before the next check-in',
  'so nobody has to guess',
  'with the people who do the work',
  'at the start of each month',
  'when a deadline moves',
  'in the shared project tool',
];
const topics = ['Planning', 'Handoffs', 'Reporting', 'Priorities', 'Budgets', 'Check-ins', 'Tools', 'Hiring'];

/** A small deterministic generator (Park–Miller), so runs are comparable. */
function generator(seed: number) {
  // Spread small seeds over the range: the first draws of seeds 1, 2, 3 would all be near 0.
  let state = (seed * 2654435761) % 2147483647 || 1;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
}

export const syntheticId = (index: number) => `bench-${String(index + 1).padStart(5, '0')}`;

export function syntheticArticles(count: number, options: CorpusOptions): SyntheticArticle[] {
  return Array.from({ length: count }, (_, index) => syntheticArticle(index, count, options));
}

function syntheticArticle(index: number, count: number, options: CorpusOptions): SyntheticArticle {
  const pick = generator(index + 1);
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(endings)}.`;
  const paragraph = (sentences = 4) => Array.from({ length: sentences }, sentence).join(' ');
  const id = syntheticId(index);
  const topic = pick(topics);
  const other = (offset: number) => syntheticId((index + offset) % count);
  // A third name three related articles, a third one, a third none, so both ways of choosing
  // related articles (named, and by shared tags) are exercised.
  const related = [1, 2, 3].slice(0, [3, 1, 0][index % 3]).map(other);
  const tags = [...new Set([pick(tagIds), pick(tagIds), pick(tagIds)])].slice(0, 1 + (index % 3));
  const roles = [...new Set([pick(options.roles), pick(options.roles)])];
  const published = new Date(Date.UTC(2024, 0, 1) + (index % 900) * 86_400_000).toISOString().slice(0, 10);
  const sections = [1, 2, 3, 4].map((part) => {
    const heading = `${topic} in practice, part ${part}`;
    const extra =
      part === 2
        ? `\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}`
        : part === 3
          ? `\n\n| Step | Who | When |\n| --- | --- | --- |\n${[1, 2, 3, 4].map((step) => `| Step ${step} | ${pick(subjects)} | ${pick(endings)} |`).join('\n')}`
          : '';
    return (
      `## ${heading}\n\n${paragraph()}\n\n${paragraph()}${extra}\n\n### What to watch in part ${part}\n\n` +
      `${paragraph(3)} See [a related article](/articles/${other(part)}/) or [${pick(objects)}](${pick(options.links)}).`
    );
  });
  const source = `---
title: "Benchmark article ${index + 1}: ${topic.toLowerCase()} with a PM or an OBM"
description: "A synthetic article about ${topic.toLowerCase()} that exists only to measure how the build scales with the number of articles."
roles: [${roles.join(', ')}]
tags: [${tags.join(', ')}]
published: ${published}
reviewed: ${published}
related: [${related.join(', ')}]
sources: [${pick(options.sources)}]
---

${paragraph(4)}

${sections.join('\n\n')}

## Summary

${paragraph(4)}
`;
  return { id, source };
}
