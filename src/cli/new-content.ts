/*
 * `npm run new -- article "Title"` (or `faq "Question?"`, `comparison "A vs B"`): writes a file with
 * valid frontmatter in the right folder, so new content never starts from a blank page.
 */
import { existsSync, writeFileSync } from 'node:fs';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const today = new Date().toISOString().slice(0, 10);

const slug = title
  .toLowerCase()
  .replace(/[^a-z0-9\s-]/g, '')
  .trim()
  .replace(/\s+/g, '-');

const yamlString = (text: string) => JSON.stringify(text);

/** `extension`: Markdown unless the content needs components (a comparison shows its table). */
const templates: Record<string, { folder: string; extension: 'md' | 'mdx'; body: string }> = {
  article: {
    folder: 'articles',
    extension: 'md',
    body: `---
title: ${yamlString(title)}
description: Replace with one or two sentences (50 to 160 characters) that say what the reader will learn.
roles: [pm, obm]
tags: [basics]
published: ${today}
draft: true
related: [pm-vs-obm-differences-explained, which-one-do-you-need]
---

Open with the answer in two or three sentences.

## First section

Write 700 to 1,800 words in short sentences, and link to at least two other pages,
such as [the full comparison](/compare/project-manager-vs-online-business-manager/).

## Second section

## Third section
`,
  },
  faq: {
    folder: 'faqs',
    extension: 'md',
    body: `---
question: ${yamlString(title.endsWith('?') ? title : `${title}?`)}
category: basics
roles: [pm, obm]
article: pm-vs-obm-differences-explained
---

Answer in the first sentence, then explain in 40 to 160 words in all. End with a link to
[the article that goes deeper](/articles/pm-vs-obm-differences-explained/).
`,
  },
  comparison: {
    folder: 'comparisons',
    extension: 'mdx',
    body: `---
title: ${yamlString(title)}
description: Replace with one or two sentences (50 to 160 characters) on what this comparison shows.
subjects: [pm, obm]
verdict: Replace with two or three sentences on who each role suits, written for a business owner deciding today.
published: ${today}
related: [pm-vs-obm-differences-explained]
faqs: []
rows:
  - id: first-dimension
    dimension: First dimension
    key: true
    values:
      pm: What the first subject does here.
      obm: What the second subject does here.
    context: One sentence that explains this difference to someone who only sees this row.
---

## Key differences explained

## Which should you choose?
`,
  },
};

const template = kind ? templates[kind] : undefined;
if (!template || !slug) {
  console.error('Usage: npm run new -- <article|faq|comparison> "Title or question"');
  process.exit(1);
}
const file = `src/content/${template.folder}/${slug}.${template.extension}`;
// One id, one file: x.md beside x.mdx would fail the build.
const taken = ['md', 'mdx'].map((extension) => `src/content/${template.folder}/${slug}.${extension}`).find(existsSync);
if (taken) {
  console.error(`${taken} already exists; choose another title.`);
  process.exit(1);
}
writeFileSync(file, template.body);
console.log(`Created ${file}. Fill in the frontmatter and body, then run npm run dev to preview.`);
