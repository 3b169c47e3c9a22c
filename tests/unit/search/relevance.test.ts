import { describe, expect, it } from 'vitest';
import { computeSearchKeys, createPhraseIndex } from '../../../utils/search/index';
import { CORPUS, CORPUS_NOW, LABELLED_QUERIES, scoreQueries } from './corpus';

const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`.padStart(7);

describe('search relevance on the labelled corpus', () => {
  it('labels refer to phrases that exist, and there are enough of them', () => {
    const ids = new Set(CORPUS.map((p) => p.id));
    expect(ids.size).toBe(CORPUS.length);
    const unknown = LABELLED_QUERIES.flatMap((lq) => lq.expect.filter((id) => !ids.has(id)));
    expect(unknown).toEqual([]);
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(150);
  });

  it('finds the intended phrase first ≥ 90% of the time and in the top 3 ≥ 97%', () => {
    // Keys as the database stores them, computed once at save time.
    const phrases = CORPUS.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    const index = createPhraseIndex(phrases, { now: () => CORPUS_NOW });
    const rows = scoreQueries((query) => index.search(query, { limit: 3 }).map((h) => h.phrase.id));
    const lines = rows.map((r) => `${r.category.padEnd(12)} ${String(r.total).padStart(4)} ${pct(r.top1, r.total)} ${pct(r.top3, r.total)}`);
    const misses = rows.flatMap((r) => r.misses.map((m) => `  ${r.category}: "${m.query}" want ${m.expect.join('|')} got ${m.got.join(', ') || '(nothing)'}`));
    console.log(['category     queries   top-1   top-3', ...lines, misses.length ? 'top-1 misses:' : '', ...misses].join('\n'));
    const overall = rows[rows.length - 1]!;
    expect(overall.top1 / overall.total).toBeGreaterThanOrEqual(0.9);
    expect(overall.top3 / overall.total).toBeGreaterThanOrEqual(0.97);
  });
});
