import { describe, expect, it } from 'vitest';
import { deletionAsReplacement, stillReads } from '../../../utils/page/tone/rewrite';

describe('rewrites of the draft (pure parts)', () => {
  it.each([
    ['takes the character before the span', '好的嗯，可以', 2, 4, { start: 1, end: 4, text: '的' }],
    ['takes a whole surrogate pair before the span', 'ok😀嗯，', 4, 6, { start: 2, end: 6, text: '😀' }],
    ['takes the character after a span at the start', '嗯，好的', 0, 2, { start: 0, end: 3, text: '好' }],
    ['takes a whole surrogate pair after a span at the start', '嗯，😀好', 0, 2, { start: 0, end: 4, text: '😀' }],
  ])('deleting a span as a replacement %s', (_name, draft, start, end, expected) => {
    const instead = deletionAsReplacement(draft, start, end);
    expect(instead).toEqual(expected);
    if (!instead) return;
    // Replacing the wider span with its neighbour gives the draft without the span.
    expect(draft.slice(0, instead.start) + instead.text + draft.slice(instead.end)).toBe(draft.slice(0, start) + draft.slice(end));
  });

  it('deletes a span that is the whole draft as it is (nothing to replace it with)', () => {
    expect(deletionAsReplacement('嗯', 0, 1)).toBeNull();
  });

  it('applies a rewrite only where the draft still reads what was flagged', () => {
    expect(stillReads('我不能给你退款', { start: 1, end: 3, text: '不能' })).toBe(true);
    expect(stillReads('我可以给你退款', { start: 1, end: 3, text: '不能' })).toBe(false);
  });
});
