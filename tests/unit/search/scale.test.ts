/**
 * Scale independence (issue 14): a phrase that comes first among the labelled library still
 * comes first when the library is padded to 10,000 with near-duplicates that share the query's
 * words (padding.ts), so no candidate cap drops the phrase that matches best.
 */
import { describe, expect, it } from 'vitest';
import { computeSearchKeys, createPhraseIndex } from '../../../utils/search/index';
import { CORPUS, CORPUS_NOW, LABELLED_QUERIES } from './corpus';
import type { CorpusPhrase } from './corpus';
import { padLibrary } from './padding';

const withKeys = (ps: CorpusPhrase[]): CorpusPhrase[] => ps.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
const firstIds = (phrases: CorpusPhrase[]): Map<string, string | undefined> => {
  const index = createPhraseIndex(phrases, { now: () => CORPUS_NOW, cache: false });
  return new Map(LABELLED_QUERIES.map((lq) => [lq.query, index.search(lq.query, { limit: 5 })[0]?.phrase.id]));
};

describe('the answer does not depend on library size', () => {
  it('what comes first among the labelled phrases comes first among 10,000 padded with their words', () => {
    const base = withKeys([...CORPUS]);
    const small = firstIds(base);
    const padded = withKeys(padLibrary(CORPUS, 10_000));
    expect(padded).toHaveLength(10_000);
    // The padding really competes: most queries reach many more phrases than the caps keep.
    const index = createPhraseIndex(padded, { now: () => CORPUS_NOW, cache: false });
    expect(index.search('fahuo', { limit: 200 }).length).toBeGreaterThan(100);
    const large = firstIds(padded);
    const moved = LABELLED_QUERIES.filter((lq) => small.get(lq.query) !== large.get(lq.query)).map((lq) => `${lq.query}: ${small.get(lq.query)} → ${large.get(lq.query)}`);
    expect(moved).toEqual([]);
  }, 60_000);
});
