import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { declaredMoves, type Redirect, type Removal } from '../lib/ledger/declared-moves';
import { movesFile, parseMoves } from '../lib/schemas/move';
import { assertReferencesResolve } from './references';

/** The redirects and removals the content declares, for the pages that answer old addresses. */
export async function contentMoves(): Promise<{ redirects: Redirect[]; removals: Removal[] }> {
  await assertReferencesResolve();
  const [comparisons, articles, faqs, moves] = await Promise.all([
    getCollection('comparisons'),
    getCollection('articles', (article) => !article.data.draft),
    getCollection('faqs'),
    readFile(movesFile, 'utf8').then(parseMoves),
  ]);
  return declaredMoves({
    comparisons: comparisons.map((c) => ({ id: c.id, movedFrom: c.data.movedFrom, rows: c.data.rows })),
    articles: articles.map((a) => ({ id: a.id, movedFrom: a.data.movedFrom, file: a.filePath })),
    faqs: faqs.map((f) => ({ id: f.id, movedFrom: f.data.movedFrom, file: f.filePath })),
    moves,
  });
}
