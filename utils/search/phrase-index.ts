/**
 * The phrase index: the store, its prefilter and the ranking behind the public PhraseIndex,
 * with recent results kept until the library or the habit boosts change, and warm() preparing
 * the first keystrokes' results and every phrase's match data in budgeted slices.
 */
import { createPrefilter } from './prefilter';
import { MAX_CANDIDATES, rank } from './rank';
import type { Doc } from './store';
import { createStore, freshness, removeDoc, upsertDoc, viewsOf } from './store';
import { normalize } from './text';
import type { IndexOptions, PhraseIndex, PhraseInput, SearchHit, SearchOptions } from './types';

const DEFAULT_LIMIT = 20;
/** Queries whose results are kept (most recent first out). */
const CACHE_SIZE = 64;
/** Queries warm() answers ahead of time: the empty query and single letters match the most. */
const PREPARED_QUERIES = ['', ...'abcdefghijklmnopqrstuvwxyz'];
/** warm() looks at the clock after this many phrases' match data. */
const WARM_CHECK_EVERY = 64;

export function createPhraseIndex<P extends PhraseInput>(phrases: readonly P[], options: IndexOptions = {}): PhraseIndex<P> {
  const now = options.now ?? Date.now;
  const useCache = options.cache ?? true;
  const store = createStore<P>();
  const prefilter = createPrefilter<P>(() => store.docs, store.postings, () => store.mutations);
  for (const p of phrases) upsertDoc(store, p, false);

  /**
   * Recent results, valid until the library changes or habit boosts are recomputed. Results for
   * a smaller limit are a prefix of those for a larger one (up to MAX_CANDIDATES), so one entry
   * serves every limit up to its own.
   */
  const cache = new Map<string, { limit: number; hits: SearchHit<P>[] }>();
  let cacheStamp = '';
  const cached = (normalized: string, limit: number, group: string | undefined, at: number): SearchHit<P>[] => {
    const stamp = freshness(store, at);
    if (stamp !== cacheStamp) {
      cache.clear();
      cacheStamp = stamp;
    }
    const key = `${group ?? ''}\u0000${normalized}`;
    const hit = cache.get(key);
    if (hit && (limit <= hit.limit || hit.hits.length < hit.limit)) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.hits.slice(0, limit);
    }
    const hits = rank(store, prefilter, normalized, limit, group, at);
    if (useCache && limit <= MAX_CANDIDATES) {
      cache.set(key, { limit, hits });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return hits.slice();
  };

  /** PREPARED_QUERIES below this one are cached by warm(). */
  let prepared = 0;
  let preparedStamp = '';
  const warm = (budgetMs: number, limit = DEFAULT_LIMIT): boolean => {
    const at = now();
    const until = at + budgetMs;
    // First the first keystrokes, which match the most phrases: the empty query and each letter.
    const stamp = freshness(store, at);
    if (stamp !== preparedStamp) {
      prepared = 0;
      preparedStamp = stamp;
    }
    while (prepared < PREPARED_QUERIES.length) {
      cached(PREPARED_QUERIES[prepared++] as string, limit, undefined, at);
      if (now() >= until) return false;
    }
    // Then every phrase's match data.
    while (store.warmed < store.docs.length) {
      const doc = store.docs[store.warmed++] as Doc<P>;
      if (doc.alive) viewsOf(doc);
      if (store.warmed % WARM_CHECK_EVERY === 0 && now() >= until) return false;
    }
    return true;
  };

  return {
    search: (query: string, opts: SearchOptions = {}) => cached(normalize(query).trim(), opts.limit ?? DEFAULT_LIMIT, opts.group, now()),
    add: (phrase: P) => upsertDoc(store, phrase, false),
    update: (phrase: P) => upsertDoc(store, phrase, true),
    remove: (id: string) => removeDoc(store, id),
    warm,
    get size() {
      return store.byId.size;
    },
  };
}
