/*
 * Pagefind and the search lexicon's core, each fetched once per deploy base and shared by every
 * search UI; small enough to be in the module every page loads, so loading starts on intent.
 */
import { pagefindOptions } from '../../lib/search/pagefind-options';
import type { Lexicon } from '../../lib/search/lexicon';
import type { Pagefind } from '../../lib/search/rank';

const loaded = new Map<string, Promise<Pagefind>>();

/** Pagefind's own script, which the build writes after the bundle: imported by its runtime address. */
export function loadPagefind(base: string): Promise<Pagefind> {
  let pagefind = loaded.get(base);
  if (!pagefind) {
    pagefind = (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ ...pagefindOptions, baseUrl: base });
      return module;
    });
    // A failed load is tried again by the next search rather than remembered.
    pagefind.catch(() => loaded.delete(base));
    loaded.set(base, pagefind);
  }
  return pagefind;
}

const files = new Map<string, Promise<unknown>>();

/** A JSON file of the build, fetched once; a missing or failed one is undefined (and tried again later). */
export function json<T>(url: string): Promise<T | undefined> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => {
        files.delete(url);
        return undefined;
      });
    files.set(url, file);
  }
  return file as Promise<T | undefined>;
}

/** The lexicon's core; without it a search still works, word for word. */
export async function loadLexicon(base: string): Promise<Lexicon> {
  return (await json<Lexicon>(`${base}search/lexicon.json`)) ?? { filler: [], synonyms: {}, roles: [], vocabulary: [] };
}
