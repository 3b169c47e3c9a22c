// The seams of utils/search/: the index reads time only from its `now` option, grams carry
// named prefixes, and the prefilter and scoring helpers behave on their own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeSearchKeys, createPhraseIndex } from '../../../utils/search/index';
import type { PhraseInput } from '../../../utils/search/index';
import { GRAM, TIER, docGrams, pinyinParses, termGramLists } from '../../../utils/search/grams';
import { makeTerm } from '../../../utils/search/matchers';
import { pickCandidates } from '../../../utils/search/prefilter';
import { mergeRanges } from '../../../utils/search/scoring';
import type { Doc } from '../../../utils/search/store';
import { PINYIN_PREFIXES, PINYIN_SYLLABLES } from '../../../utils/search/syllables';
import { buildIndexInSlices } from '../../../utils/search/sync';
import { CORPUS, CORPUS_NOW } from './corpus';

const DAY = 86_400_000;
const phrases = CORPUS.map((p) => ({ ...p, keys: computeSearchKeys(p) }));

afterEach(() => vi.restoreAllMocks());

describe('the clock', () => {
  it('is only the `now` option: search, warm and sliced building never read Date.now', async () => {
    const spy = vi.spyOn(Date, 'now');
    let t = CORPUS_NOW;
    const now = (): number => (t += 0.01);
    const idx = createPhraseIndex(phrases, { now });
    idx.search('tuikuan');
    while (!idx.warm(1)) idx.search('');
    await buildIndexInSlices(phrases.slice(0, 50), 0, async () => undefined, { now });
    expect(spy).not.toHaveBeenCalled();
  });

  it('ends a warm() slice when the injected clock passes the budget', () => {
    let t = CORPUS_NOW;
    // Every reading of the clock advances it by 1 ms: a 3 ms budget allows three prepared queries.
    const idx = createPhraseIndex(phrases, { now: () => t++ });
    let slices = 1;
    while (!idx.warm(3)) slices++;
    expect(slices).toBeGreaterThan(9);
  });

  it('lets warm() finish in one call while the clock stands still', () => {
    const idx = createPhraseIndex(phrases, { now: () => CORPUS_NOW });
    expect(idx.warm(1)).toBe(true);
  });

  it('dates recency by the injected clock, cached results included', () => {
    let at = CORPUS_NOW;
    const lib: PhraseInput[] = [
      { id: 'fresh', title: '发货时间 A', text: '', usageCount: 1, lastUsedAt: CORPUS_NOW },
      { id: 'habit', title: '发货时间 B', text: '', usageCount: 3, lastUsedAt: CORPUS_NOW - 400 * DAY },
    ];
    const idx = createPhraseIndex(lib, { now: () => at });
    expect(idx.search('发货')[0]?.phrase.id).toBe('fresh');
    at += 200 * DAY;
    expect(idx.search('发货')[0]?.phrase.id).toBe('habit');
  });
});

describe('grams', () => {
  it('file a phrase under prefixed kinds with the best tier each occurs in', () => {
    const p = { id: 'x', title: '退款', text: 'size 退', shortcut: 'TK' };
    const grams = docGrams(p, computeSearchKeys(p), 'tk');
    expect(grams.get('退')).toBe(TIER.title);
    expect(grams.get(GRAM.syllable + 'kuan')).toBe(TIER.title);
    expect(grams.get(GRAM.initials + 'tk')).toBe(TIER.title);
    expect(grams.get(GRAM.wordStart + 's')).toBe(TIER.text);
    expect(grams.get('iz')).toBe(TIER.text);
    expect(grams.get(GRAM.shortcut + 't')).toBe(TIER.title);
    expect(grams.get(GRAM.shortcut + 'tk')).toBe(TIER.title);
    // Single initials are filed for short fields only; texts get pairs of neighbours.
    const inText = docGrams({ id: 'y', title: 'a', text: '退款' }, computeSearchKeys({ title: 'a', text: '退款' }), '');
    expect(inText.has(GRAM.initials + 't')).toBe(false);
    expect(inText.get(GRAM.initials + 'tk')).toBe(TIER.text);
  });

  it('use distinct prefixes, none of them a letter, digit or Han character', () => {
    const prefixes = Object.values(GRAM);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const g of prefixes) expect(g).toMatch(/^[^a-z0-9\p{Script=Han}]$/u);
  });

  it('read letters as syllables or marked initials', () => {
    const parses = pinyinParses('tklc', PINYIN_SYLLABLES, PINYIN_PREFIXES).map((p) => p.join(' '));
    expect(parses).toContain(['t', 'k', 'l', 'c'].map((c) => GRAM.initials + c).join(' '));
    expect(pinyinParses('tuikuan', PINYIN_SYLLABLES, PINYIN_PREFIXES).map((p) => p.join(' '))).toContain('tui kuan');
  });

  it('look a term up literally and by sound, sound counting less for Han', () => {
    const [literal, ...sound] = termGramLists(makeTerm('退宽'));
    expect(literal).toEqual({ grams: ['退', '宽'], factor: 1 });
    expect(sound[0]?.grams).toEqual(expect.arrayContaining([GRAM.syllable + 'tui', GRAM.syllable + 'kuan', GRAM.initials + 'tk']));
    expect(sound[0]?.factor).toBeLessThan(1);
  });
});

describe('prefilter and scoring helpers', () => {
  const doc = (slot: number, habit: number): Doc<PhraseInput> =>
    ({ slot, phrase: { id: String(slot), title: '', text: '', usageCount: habit }, alive: true }) as unknown as Doc<PhraseInput>;

  it('keep the highest ratios, habits breaking the tie at the cut', () => {
    const docs = [doc(0, 0), doc(1, 5), doc(2, 9), doc(3, 1)];
    const picked = pickCandidates([0, 1, 2, 3], [0.9, 0.5, 0.5, 0.5], docs, () => true, (d) => d.phrase.usageCount ?? 0, 2);
    expect(picked.map((d) => d.slot)).toEqual([0, 2]);
  });

  it('merge overlapping and touching ranges, dropping empty ones', () => {
    expect(mergeRanges([[4, 6], [0, 2], [2, 3], [5, 8], [9, 9]])).toEqual([[0, 3], [4, 8]]);
  });
});
