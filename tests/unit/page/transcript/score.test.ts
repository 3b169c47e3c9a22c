import { describe, expect, it } from 'vitest';
import { MIN_LOG_SCORE, pickBest, placement, scoreCandidate, type CandidateFeatures } from '../../../../utils/page/transcript/score';
import { box } from './pages';

const log: CandidateFeatures = {
  children: 7, rows: 6, textShare: 0.95, rowText: 240, distance: 3, scrolls: true, sided: 1, region: null, placement: null,
};
const contacts: CandidateFeatures = { ...log, children: 3, rows: 3, textShare: 1, rowText: 60, distance: 4, sided: 0 };
const toolbar: CandidateFeatures = { ...log, children: 6, rows: 0, textShare: 0, rowText: 0, distance: 2, scrolls: false, sided: 0 };

describe('chat log scoring', () => {
  it('ranks the message list above the conversation list beside it, without layout', () => {
    expect(scoreCandidate(log)).toBeGreaterThan(scoreCandidate(contacts));
    expect(scoreCandidate(log)).toBeGreaterThan(MIN_LOG_SCORE);
  });

  it('lets geometry decide when rows name no side: the list over the composer, not the one beside it', () => {
    const plain = { ...log, sided: 0 };
    expect(scoreCandidate({ ...plain, placement: 1 })).toBeGreaterThan(scoreCandidate({ ...contacts, placement: 0 }));
    expect(scoreCandidate({ ...contacts, placement: 0 })).toBeLessThan(scoreCandidate(contacts));
  });

  it.each([
    ['icon buttons without text', toolbar, 0],
    ['one row and no log role', { ...log, rows: 1, children: 1 }, 0],
  ] as const)('gives %s nothing', (_name, features, expected) => {
    expect(scoreCandidate(features)).toBe(expected);
  });

  it('takes a role="log" region with a single message, and prefers a region over a plain list', () => {
    const single = { ...log, rows: 1, children: 1, sided: 0, region: 'log' as const };
    expect(scoreCandidate(single)).toBeGreaterThan(MIN_LOG_SCORE);
    expect(scoreCandidate({ ...log, region: 'log' })).toBeGreaterThan(scoreCandidate(log));
    expect(scoreCandidate({ ...log, region: 'live' })).toBeGreaterThan(scoreCandidate(log));
  });

  it('lowers repetition gently: a divider among the rows costs little, a mixed container much', () => {
    expect(scoreCandidate({ ...log, children: 7 })).toBeGreaterThan(scoreCandidate({ ...log, children: 14 }));
    expect(scoreCandidate(log) - scoreCandidate({ ...log, children: 6 })).toBeLessThan(0.03);
  });

  it.each([
    ['right above the composer, as wide', box(0, 0, 400, 300), 1],
    ['above and half over it', box(200, 0, 400, 300), 0.5],
    ['beside it', box(500, 0, 200, 300), 0],
    ['below its top', box(0, 350, 400, 100), 0.3],
  ] as const)('placement of a list %s', (_name, container, expected) => {
    expect(placement(container, box(0, 320, 400, 80))).toBeCloseTo(expected);
  });

  it('picks the best candidate, with less confidence when a runner-up is close, and none below the threshold', () => {
    expect(pickBest([{ item: 'a', score: 0.9 }, { item: 'b', score: 0.5 }])).toEqual({ item: 'a', score: 0.9, confidence: 0.9 });
    expect(pickBest([{ item: 'a', score: 0.9 }, { item: 'b', score: 0.85 }])?.confidence).toBeCloseTo(0.63);
    expect(pickBest([{ item: 'a', score: MIN_LOG_SCORE - 0.01 }])).toBeNull();
    expect(pickBest([])).toBeNull();
  });
});
