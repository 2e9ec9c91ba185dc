/* Pagefind and the search lexicon, each fetched once per deploy base and shared by every search UI. */
import { pagefindOptions } from '../../lib/search/pagefind-options';
import type { Pagefind } from '../../lib/search/rank';
import type { Lexicon } from '../../lib/search/query';

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

const lexicons = new Map<string, Promise<Lexicon>>();

/** The build's search lexicon; a search without it still works, word for word. */
export function loadLexicon(base: string): Promise<Lexicon> {
  let lexicon = lexicons.get(base);
  if (!lexicon) {
    lexicon = fetch(`${base}search/lexicon.json`)
      .then((response) =>
        response.ok ? (response.json() as Promise<Lexicon>) : Promise.reject(new Error(String(response.status))),
      )
      .catch(() => {
        lexicons.delete(base);
        return { filler: [], synonyms: {}, roles: [], vocabulary: [] };
      });
    lexicons.set(base, lexicon);
  }
  return lexicon;
}
